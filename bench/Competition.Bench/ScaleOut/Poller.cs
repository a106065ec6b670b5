using System.Net;
using System.Net.Http.Headers;

namespace Competition.Bench.ScaleOut;

/// <summary>A phone beyond the hall polling the board: with <c>If-None-Match</c> of the last board it got (a 304 until the
/// board changes), or, as the baseline, a plain GET every time.</summary>
internal sealed class Poller(HttpClient http, string url, bool conditional)
{
    EntityTagHeaderValue? etag;
    public long NotModified, Full, Failed;

    public async Task PollAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (conditional && etag is not null) request.Headers.IfNoneMatch.Add(etag);
        try
        {
            using var answer = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (answer.StatusCode == HttpStatusCode.NotModified) NotModified++;
            else if (answer.IsSuccessStatusCode) { Full++; etag = answer.Headers.ETag; }
            else Failed++;
        }
        catch (HttpRequestException) { Failed++; }
    }
}
