using System.Text.Json;

namespace Competition.Browser.Tests;

// Read models follow the event log a moment after a command is answered.
public static class Eventually
{
    public static async Task<JsonElement> LeaderboardAsync(Api api, SeededContest contest, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var board = await api.SendAsync(HttpMethod.Get, $"/api/contests/{contest.Id}/categories/{contest.CategoryId}/leaderboard", null);
            if (until(board) || DateTime.UtcNow > deadline) return board;
            await Task.Delay(100);
        }
    }

    public static decimal Total(JsonElement board, string name) =>
        board.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("name").GetString() == name).GetProperty("total").GetDecimal();
}
