namespace Competition.Api.Plumbing;

/// No token, or a token nobody issued (401).
public sealed class Unauthenticated(string message) : Exception(message);

/// The database cannot be reached right now (503 with Retry-After): the client should try again.
public sealed class StoreUnavailable(string message, Exception inner) : Exception(message, inner);
