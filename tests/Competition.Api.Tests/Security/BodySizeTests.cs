using System.Net;
using System.Text;
using Npgsql;

namespace Competition.Api.Tests.Security;

/// Issue 7: request size limits. A body over 4 MB is refused with a 413 problem before any route
/// runs (so a route that ignores bodies cannot act either) and writes nothing; on Kestrel a body
/// that does not say its length is cut off at the same size while it is read.
public sealed class BodySizeTests(SecureApi api) : IClassFixture<SecureApi>
{
    const int Limit = 4 * 1024 * 1024;

    [Fact]
    public async Task An_oversized_body_is_refused_with_413_and_writes_nothing()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        var before = await EventCountAsync();

        await ShouldBeTooLarge(await Send($"{contest.Path}/categories", contest.Organizer, Json(Limit + 1)));
        await ShouldBeTooLarge(await Send($"{contest.Path}/stages/{contest.Stage}/close", contest.Organizer, Json(Limit + 1)));
        await ShouldBeTooLarge(await Send($"{contest.Path}/categories", contest.Organizer,
            new Unsized(Encoding.UTF8.GetBytes(Name(Limit + 10))) { Headers = { { "Content-Type", "application/json" } } }));

        (await EventCountAsync()).ShouldBe(before);
        await api.Api.Put(contest.Mark(contest.Bo), contest.Judge1Token, new { points = 5 }); // the stage is still open
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read_and_judged_on_its_content()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        using var answer = await Send($"{contest.Path}/categories", contest.Organizer, Json(Limit - 100));
        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await answer.Content.ReadAsStringAsync()).ShouldContain("longer than");
    }

    /// With "Expect: 100-continue", as a client sending megabytes should: the server can refuse
    /// before the body is sent, instead of closing the connection under a client still writing.
    async Task<HttpResponseMessage> Send(string url, string token, HttpContent body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.ExpectContinue = true;
        return await api.Http.SendAsync(request);
    }

    static async Task ShouldBeTooLarge(HttpResponseMessage answer)
    {
        using var _ = answer;
        answer.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, await answer.Content.ReadAsStringAsync());
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    static ByteArrayContent Json(int size) =>
        new(Encoding.UTF8.GetBytes(Name(size))) { Headers = { { "Content-Type", "application/json" } } };

    /// {"name":"xxx…","entryType":"team"} of exactly <paramref name="size"/> bytes.
    static string Name(int size)
    {
        const string head = "{\"entryType\":\"team\",\"name\":\"", tail = "\"}";
        return head + new string('x', size - head.Length - tail.Length) + tail;
    }

    /// A body sent in chunks, without Content-Length.
    sealed class Unsized(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    async Task<long> EventCountAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from public.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
