using Competition.TestSupport;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Competition.Faults.Tests;

/// Judges marking their own sheets as fast as the API answers, each judge one request at a time (as
/// a tablet does), through whatever happens to the server. Every attempt is recorded in order, with
/// the answer if one came back: only a 2xx counts as acknowledged.
/// <paramref name="submitShare"/> of the attempts are sheet submissions; the judges stop early only
/// when every sheet is submitted, so a long run wants a small share or many entries.
public sealed class MarkingJudges(MarkingContest contest, HttpClient http, int seed, double submitShare = 0.01, TimeSpan? pause = null)
{
    readonly ConcurrentQueue<Attempt> attempts = new();
    long order;

    public IReadOnlyCollection<Attempt> Attempts => attempts;

    public sealed record Attempt(long Order, Guid JudgeId, Guid EntryId, Guid? CriterionId, decimal Points)
    {
        public int? Status { get; set; }
        public long? Version { get; set; }
        public TimeSpan Elapsed { get; set; }
        public DateTime AnsweredAt { get; set; }
        public string? ContentType { get; set; }
        public string? RetryAfter { get; set; }
        public bool Acknowledged => Status is >= 200 and < 300;
    }

    /// Marks until <paramref name="stop"/> is cancelled. A judge submits a sheet now and then (that
    /// entry is then done for that judge), so the log holds more than marks.
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(contest.Judges.Select((judge, i) => Task.Run(() => JudgeAsync(judge, new Random(seed * 31 + i), stop))));

    async Task JudgeAsync(MarkingContest.Judge judge, Random random, CancellationToken stop)
    {
        var submitted = new HashSet<Guid>();
        while (!stop.IsCancellationRequested && submitted.Count < contest.Entries.Count)
        {
            var entry = contest.Entries[random.Next(contest.Entries.Count)];
            if (submitted.Contains(entry)) continue;
            Attempt attempt;
            string url;
            object? body;
            if (random.NextDouble() < submitShare)
            {
                attempt = new Attempt(Interlocked.Increment(ref order), judge.Id, entry, null, 0);
                (url, body) = (contest.SubmitUrl(entry), null);
            }
            else
            {
                var criterion = contest.Criteria[random.Next(contest.Criteria.Count)];
                var points = random.Next(0, 201) / 2m;
                attempt = new Attempt(Interlocked.Increment(ref order), judge.Id, entry, criterion, points);
                (url, body) = (contest.MarkUrl(entry, criterion), new { points });
            }
            attempts.Enqueue(attempt);
            await SendAsync(attempt, judge.Token, url, body);
            if (attempt.CriterionId is null && attempt.Status is 204 or 409) submitted.Add(entry);
            if (!attempt.Acknowledged && attempt.Status is null or >= 500) await Task.Delay(50, CancellationToken.None);
            else if (pause is { } rest) await Task.Delay(rest, CancellationToken.None);
        }
    }

    async Task SendAsync(Attempt attempt, string token, string url, object? body)
    {
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Post : HttpMethod.Put, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        var clock = Stopwatch.StartNew();
        try
        {
            using var answer = await http.SendAsync(request);
            var text = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode == HttpStatusCode.OK && text.Length > 0)
                attempt.Version = JsonNode.Parse(text)!["version"]!.GetValue<long>();
            attempt.ContentType = answer.Content.Headers.ContentType?.MediaType;
            attempt.RetryAfter = answer.Headers.RetryAfter?.ToString();
            attempt.Status = (int)answer.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            // No answer: the judge does not know whether it was written.
        }
        attempt.Elapsed = clock.Elapsed;
        attempt.AnsweredAt = DateTime.UtcNow;
    }
}
