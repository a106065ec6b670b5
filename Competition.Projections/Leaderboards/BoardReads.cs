using Marten;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Reads a board stored as its view and its rows apart (<see cref="BoardLine"/>): the view, the rows of a window in the
/// board's order and the counts that give their ranks, in one statement, so that they come from one snapshot (a commit
/// in between would give the view of one batch with rows of another). A window's first rank is one more than the rows
/// ranked strictly above it; each next row shares the rank before it when their rank keys are equal, else its rank is
/// its position. A view stored with its rows (a hidden board, or one stored before rows were stored apart) is answered
/// from them.
/// </summary>
static class BoardReads
{
    public static async Task<LeaderboardView?> ReadAsync(IQuerySession session, Guid categoryId, int top, int offset, CancellationToken ct)
    {
        var options = session.DocumentStore.Options;
        var views = options.FindOrResolveDocumentType(typeof(LeaderboardView)).TableName.QualifiedName;
        var lines = options.FindOrResolveDocumentType(typeof(BoardLine)).TableName.QualifiedName;
        var sql = $"""
            with page as (
              select data, data ->> 'orderKey' collate "C" as order_key, data ->> 'rankKey' collate "C" as rank_key
              from {lines} where category_id = ? order by order_key limit ? offset ?)
            select jsonb_build_object(
              'view', (select data from {views} where id = ?),
              'rows', coalesce((select jsonb_agg(data order by order_key) from page), '[]'::jsonb),
              'count', (select count(*) from {lines} where category_id = ?),
              'above', (select count(*) from {lines} where category_id = ?
                          and data ->> 'rankKey' collate "C" < (select min(rank_key) from page)))::text
            """;
        var json = (await session.AdvancedSql.QueryAsync<string>(sql, ct, categoryId, top, offset, categoryId, categoryId, categoryId))[0];
        var read = options.Serializer().FromJson<Read>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        if (read.View is not { } view) return null;
        var whole = top == int.MaxValue && offset == 0;
        if (view.StoredWithRows || view.Rows.Count > 0) return whole ? view : view.Window(top, offset);
        var rows = new List<LeaderboardRow>(read.Rows.Count);
        for (var i = 0; i < read.Rows.Count; i++)
        {
            var rank = i == 0 ? read.Above + 1 : read.Rows[i].RankKey == read.Rows[i - 1].RankKey ? rows[i - 1].Rank!.Value : offset + i + 1;
            rows.Add(read.Rows[i].Row with { Rank = rank });
        }
        return view with { Rows = rows, Count = whole ? null : read.Count };
    }

    sealed record Read(LeaderboardView? View, List<BoardLine> Rows, int Count, int Above);
}
