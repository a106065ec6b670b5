using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Competition.Browser.Tests;

// Drives the public API directly, for tests whose subject is one page rather than the set-up.
public sealed class Api(HttpClient http)
{
    public async Task<JsonElement> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> PostAsync(string path, string? token, object? body = null) => SendAsync(HttpMethod.Post, path, token, body);

    public async Task<string> IdAsync(string path, string token, object body) =>
        (await PostAsync(path, token, body)).GetProperty("id").GetString()!;
}
