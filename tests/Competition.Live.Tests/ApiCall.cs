using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Competition.Live.Tests;

/// <summary>One HTTP exchange with the API, kept whole: status, headers and JSON body.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, HttpResponseHeaders Headers, JsonNode? Body, string Text)
{
    /// <summary>The log position a write answer names (the v1.1 <c>Event-Sequence</c> header).</summary>
    public long EventSequence => long.Parse(Headers.GetValues("Event-Sequence").Single(), System.Globalization.CultureInfo.InvariantCulture);

    public long Sequence => (long)Body!["sequence"]!;
}

public static class ApiCall
{
    public static async Task<ApiAnswer> ApiSendAsync(this HttpClient http, HttpMethod method, string url, string? token = null,
        object? body = null, Action<HttpRequestHeaders>? headers = null, HttpStatusCode? expected = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        headers?.Invoke(request.Headers);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (expected is { } status) response.StatusCode.ShouldBe(status, $"{method} {url} answered {text}");
        else response.IsSuccessStatusCode.ShouldBeTrue($"{method} {url} answered {(int)response.StatusCode} {text}");
        return new(response.StatusCode, response.Headers, text.Length > 0 ? JsonNode.Parse(text) : null, text);
    }

    public static Task<ApiAnswer> ApiGetAsync(this HttpClient http, string url, string? token = null) => http.ApiSendAsync(HttpMethod.Get, url, token);

    public static Task<ApiAnswer> ApiPostAsync(this HttpClient http, string url, string token, object? body = null) =>
        http.ApiSendAsync(HttpMethod.Post, url, token, body);
}
