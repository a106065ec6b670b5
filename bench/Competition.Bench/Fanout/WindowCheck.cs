using System.Buffers;
using System.Buffers.Text;

namespace Competition.Bench.Fanout;

/// <summary>
/// What one <c>WatchTop</c> screen checks in each <c>leaderboard</c> message: it holds min(top, count) rows, its
/// <c>count</c> is the number of approved entries, and its rows are not those of the message before (a window is
/// pushed only when a row of it changed; the marks outside it must cost the screen nothing). The rows are compared
/// as the bytes the server sent, found by a scan of the JSON's structure that skips strings, so a name holding a
/// bracket cannot mislead it.
/// </summary>
internal sealed class WindowCheck(int top, int entries)
{
    static readonly SearchValues<byte> Structure = SearchValues.Create("\"[]{}"u8);
    static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);
    byte[] previous = [];
    int previousLength = -1;

    /// <summary>Messages whose rows were byte for byte those of the message before at this screen.</summary>
    public int Unchanged { get; private set; }
    /// <summary>Messages whose rows were not min(top, count) of them, or whose count was not the entries'.</summary>
    public int WrongRows { get; private set; }
    public int WrongCount { get; private set; }

    /// <param name="message">The whole SignalR invocation of <c>leaderboard</c>.</param>
    /// <param name="newBoard">False for a repeat of the board last received (a Watch's first send crossing the group's): not a push.</param>
    public void Check(ReadOnlySpan<byte> message, bool newBoard)
    {
        var key = message.IndexOf("\"rows\":"u8);
        if (key < 0 || !TryRows(message[(key + 7)..], out var rows, out var length)) { WrongRows++; return; }
        var after = message[(key + 7 + rows.Length)..];
        var countKey = after.IndexOf("\"count\":"u8);
        if (countKey < 0 || !Utf8Parser.TryParse(after[(countKey + 8)..], out int count, out _)) count = -1;
        if (count != entries) WrongCount++;
        if (length != Math.Min(top, Math.Max(count, 0))) WrongRows++;
        if (!newBoard) return;
        if (previousLength >= 0 && rows.SequenceEqual(previous.AsSpan(0, previousLength))) Unchanged++;
        if (previous.Length < rows.Length) previous = new byte[rows.Length * 2];
        rows.CopyTo(previous);
        previousLength = rows.Length;
    }

    /// <summary>The array at the start of <paramref name="json"/>, brackets included, and how many objects it holds.</summary>
    static bool TryRows(ReadOnlySpan<byte> json, out ReadOnlySpan<byte> rows, out int objects)
    {
        rows = [];
        objects = 0;
        if (json.IsEmpty || json[0] != (byte)'[') return false;
        var depth = 0;
        var i = 0;
        while (true)
        {
            var next = json[i..].IndexOfAny(Structure);
            if (next < 0) return false;
            i += next;
            switch (json[i])
            {
                case (byte)'"':
                    if (!SkipString(json, ref i)) return false;
                    continue;
                case (byte)'[' or (byte)'{':
                    if (depth == 1 && json[i] == (byte)'{') objects++;
                    depth++;
                    break;
                default:
                    if (--depth == 0)
                    {
                        rows = json[..(i + 1)];
                        return true;
                    }
                    break;
            }
            i++;
        }
    }

    /// <summary>From the opening quote at <paramref name="i"/> to just past the closing one.</summary>
    static bool SkipString(ReadOnlySpan<byte> json, ref int i)
    {
        i++;
        while (i < json.Length)
        {
            var next = json[i..].IndexOfAny(StringEnd);
            if (next < 0) return false;
            i += next;
            if (json[i] == (byte)'\\') { i += 2; continue; }
            i++;
            return true;
        }
        return false;
    }
}
