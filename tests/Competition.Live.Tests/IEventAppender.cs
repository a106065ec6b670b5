namespace Competition.Live.Tests;

/// <summary>Appends events to one stream as the write side would; answers the commit's last sequence.</summary>
public interface IEventAppender
{
    Task<long> AppendAsync(Guid streamId, params object[] events);
}
