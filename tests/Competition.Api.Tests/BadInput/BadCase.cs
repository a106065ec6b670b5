namespace Competition.Api.Tests.BadInput;

/// One bad request: URL and body are templates filled from <see cref="BadInputContest.Values"/>;
/// Token is a key of those values, or "none", "unknown", "admin". A body starting "csv:" is sent as text/csv.
public sealed record BadCase(string Method, string Url, string Token, string? Body, int Status, bool FieldErrors = false)
{
    public static BadCase Post(string url, string token, string? body, int status, bool fieldErrors = false) =>
        new("POST", url, token, body, status, fieldErrors);

    public static BadCase Put(string url, string token, string? body, int status, bool fieldErrors = false) =>
        new("PUT", url, token, body, status, fieldErrors);

    public static BadCase Get(string url, string token, int status) => new("GET", url, token, null, status);

    public static BadCase Patch(string url, string token, string? body, int status, bool fieldErrors = false) =>
        new("PATCH", url, token, body, status, fieldErrors);

    public static BadCase Delete(string url, string token, int status) => new("DELETE", url, token, null, status);
}
