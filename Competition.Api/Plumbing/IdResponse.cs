namespace Competition.Api.Plumbing;

public sealed record IdResponse(Guid Id);
