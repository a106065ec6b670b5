namespace Competition.Live.Tests;

/// <summary>Appends events to one stream as the write side would (the stream type names its lifecycle, as in
/// mt_streams.type); answers the log sequence of the last event appended.</summary>
public interface IEventAppender
{
    Task<long> AppendAsync(Type streamType, Guid streamId, params object[] events);
}
