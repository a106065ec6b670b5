using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Competition.Api.Tests.Support;

/// A small scenario helper in the spirit of Alba: send as someone, expect a status, read JSON.
public sealed class ApiClient(HttpClient http)
{
    public async Task<JsonNode?> Send(HttpMethod method, string url, string? token, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is string text) request.Content = new StringContent(text, System.Text.Encoding.UTF8, "text/csv");
        else if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe((int)expected, $"{method} {url} answered {content}");
        return content.Length == 0 || response.Content.Headers.ContentType?.MediaType == "application/x-ndjson" ? null : JsonNode.Parse(content);
    }

    public Task<JsonNode?> Post(string url, string? token, object? body = null, HttpStatusCode expected = HttpStatusCode.NoContent) =>
        Send(HttpMethod.Post, url, token, body, expected);

    public async Task<Guid> Create(string url, string? token, object body) =>
        Guid.Parse((string)(await Post(url, token, body, HttpStatusCode.Created))!["id"]!);

    public Task<JsonNode?> Put(string url, string? token, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        Send(HttpMethod.Put, url, token, body, expected);

    public async Task<JsonNode> Get(string url, string? token = null) =>
        (await Send(HttpMethod.Get, url, token, null, HttpStatusCode.OK))!;

    public HttpClient Http => http;

    public static T Read<T>(JsonNode node) => node.Deserialize<T>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
