using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Competition.Domain;

namespace Competition.Bench.Http;

/// <summary>What the API answered to one mark, and when (Stopwatch timestamp of the complete answer).</summary>
internal readonly record struct MarkAnswer(int Status, Guid SheetStream, long Version, long AnsweredAt, double Milliseconds)
{
    public bool Ok => Status == 200;
}

/// <summary>
/// One judge marking only their own sheets: criterion by criterion across every entry, then round again
/// with the next value (each entry's values start from a point of their own), so every PUT changes a mark (the same
/// value again would write nothing) and a sheet is revisited only after the judge has been through all the others.
/// With <c>span</c>, the judge's round covers only that many entries, spread evenly over the board (each judge its own,
/// by its place <c>nth</c> among the judges): the same number of sheets on any board, so that a large board's closed
/// loop is not a run of first marks on new sheets (each one a new stream) against a small board's revisits.
/// </summary>
internal sealed class JudgeAtWork(HttpClient http, BenchContest contest, BenchJudge judge, int? span = null, int nth = 0, int firstRound = 0)
{
    readonly int[] round = Round(contest.Entries.Length, span ?? contest.Entries.Length, nth);

    static int[] Round(int entries, int span, int nth)
    {
        span = Math.Clamp(span, 1, entries);
        var stride = entries / span;
        return [.. Enumerable.Range(0, span).Select(k => k * stride + nth % stride)];
    }

    // Built once, not per PUT: the load generator shares the machine's two cores with the API and
    // PostgreSQL, so what it spends per request is taken from what is measured.
    static readonly byte[][] Bodies = [.. Enumerable.Range(0, BenchContest.MaxPoints + 1).Select(p => Encoding.UTF8.GetBytes($"{{\"points\":{p}}}"))];
    static readonly MediaTypeHeaderValue Json = new("application/json");
    readonly AuthenticationHeaderValue authorization = new("Bearer", judge.Token);
    readonly Guid[] sheets = contest.Entries.Select(e => StreamIds.Sheet(judge.Id, e, contest.Stage)).ToArray();
    readonly Uri[,] markUris = MarkUris(http, contest);
    // A judge's second worker starts from a later round (firstRound), so that its first marks are not the values the
    // judge's first worker already gave those sheets (a repeat writes nothing: not the work being measured).
    long next = (long)firstRound * (span ?? contest.Entries.Length) * contest.Criteria.Length - 1;

    static Uri[,] MarkUris(HttpClient http, BenchContest contest)
    {
        var uris = new Uri[contest.Entries.Length, contest.Criteria.Length];
        for (var e = 0; e < contest.Entries.Length; e++)
            for (var c = 0; c < contest.Criteria.Length; c++)
                uris[e, c] = new Uri(http.BaseAddress!, contest.MarkUrl(contest.Entries[e], contest.Criteria[c]));
        return uris;
    }

    public BenchJudge Judge => judge;

    public async Task<MarkAnswer> MarkAsync()
    {
        var i = Interlocked.Increment(ref next);
        var entries = round.Length;
        var pairs = entries * contest.Criteria.Length;
        var entry = round[(int)(i % entries)];
        var criterion = (int)(i % pairs / entries);
        // Each round a value higher by one than the last, from a start of the entry's own: the entries' totals spread
        // and their order keeps moving, as a real board's does (with one value for every entry the top rows never moved).
        var points = 1 + (i / pairs + entry * 37L) % BenchContest.MaxPoints;

        var body = new ByteArrayContent(Bodies[points]);
        body.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Put, markUris[entry, criterion]) { Content = body };
        request.Headers.Authorization = authorization;
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var answer = await response.Content.ReadAsByteArrayAsync();
            var answeredAt = Stopwatch.GetTimestamp();
            var version = response.IsSuccessStatusCode ? VersionOf(answer) : 0;
            return new((int)response.StatusCode, sheets[entry], version, answeredAt, Clock.Milliseconds(answeredAt - start));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            var failedAt = Stopwatch.GetTimestamp();
            return new(0, sheets[entry], 0, failedAt, Clock.Milliseconds(failedAt - start));
        }
    }

    static long VersionOf(byte[] answer)
    {
        var reader = new Utf8JsonReader(answer);
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("version"u8))
            {
                reader.Read();
                return reader.GetInt64();
            }
        throw new InvalidDataException("The mark's answer has no version.");
    }

    /// <summary>
    /// Submits then reopens (as the organizer) the sheet the judge marked last, the review path of a real
    /// contest; the judge comes back to that sheet only after all the others, so it is rarely still locked.
    /// </summary>
    public async Task<(int Submit, int Reopen)> SubmitAndReopenAsync(string organizerToken)
    {
        var entry = contest.Entries[round[(int)(Math.Max(0, Interlocked.Read(ref next)) % round.Length)]];
        var sheet = $"/api/contests/{contest.Id}/stages/{contest.Stage}/entries/{entry}";
        var submit = await StatusAsync(HttpMethod.Post, $"{sheet}/sheet/submit", judge.Token, null);
        var reopen = await StatusAsync(HttpMethod.Post, $"{sheet}/sheets/{judge.Id}/reopen", organizerToken, "{\"reason\":\"Recount\"}");
        return (submit, reopen);
    }

    async Task<int> StatusAsync(HttpMethod method, string url, string token, string? json)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        try
        {
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return 0; }
    }
}
