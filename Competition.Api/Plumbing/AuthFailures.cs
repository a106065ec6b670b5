using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Competition.Api.Plumbing;

/// The global limiter of ASP.NET Core's rate-limiting middleware, counting only failed
/// authentications: every 401 answered to a request that sent credentials takes one permit of its
/// client address's sliding window; while the window has none left, requests with credentials
/// from that address answer 429. Guessing 256-bit tokens is hopeless anyway; this keeps a
/// misbehaving client from hammering the token lookup.
/// Judges at a venue share one NAT'd address, so a stale tablet retrying with an old token, or a
/// stranger on the same Wi-Fi, must not lock them out: a token once proven (accepted by
/// <see cref="Access"/>) is never held back, and requests without credentials (the public reads,
/// the pages, the big screen) never are. A token this node has not seen yet but that the log issued
/// (a restarted node, another node's sign-in) is looked up before it is held back, so no valid token
/// is ever refused for strangers' failures, and nothing depends on what a node remembers.
public sealed class AuthFailures : PartitionedRateLimiter<HttpContext>
{
    readonly IServiceProvider services;
    readonly PartitionedRateLimiter<string> windows;
    // Holds hashes of issued tokens only (a token gets here by passing Access), so it is bounded
    // by the tokens the contests issued.
    readonly ConcurrentDictionary<string, byte> proven = new(StringComparer.Ordinal);

    const int Segments = 6;

    public AuthFailures(SecurityOptions options, IServiceProvider services)
    {
        this.services = services;
        windows = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetSlidingWindowLimiter(client,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.AuthFailureLimit,
                Window = options.AuthFailureWindow,
                SegmentsPerWindow = Segments,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        RetryAfter = options.AuthFailureWindow / Segments;
    }

    /// When the sliding window gives permits back at the latest, for refusals that carry no Retry-After.
    public TimeSpan RetryAfter { get; }

    /// The request's bearer token was accepted: from now on it is never held back.
    public void Proven(HttpContext http)
    {
        if (Tokens.BearerHash(http) is { } hash) proven.TryAdd(hash, 0);
    }

    /// Called once the answer is known: a 401 to a request that sent credentials uses up a permit.
    public void Observe(HttpContext http)
    {
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized && SendsCredentials(http))
            windows.AttemptAcquire(Client(http)).Dispose();
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext http) => windows.GetStatistics(Client(http));

    protected override RateLimitLease AttemptAcquireCore(HttpContext http, int permitCount) => Gate(http);

    /// The middleware asks here only after <see cref="Gate"/> held the request back.
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext http, int permitCount, CancellationToken ct)
    {
        var lease = Gate(http);
        if (lease.IsAcquired || Tokens.BearerHash(http) is not { } hash) return lease;
        try
        {
            if (!await IsValidAsync(hash, ct)) return lease;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return lease; // the database cannot tell: held back, as before the lookup
        }
        lease.Dispose();
        proven.TryAdd(hash, 0);
        return Pass.Instance;
    }

    async Task<bool> IsValidAsync(string hash, CancellationToken ct)
    {
        if (Tokens.SameHash(hash, services.GetRequiredService<AdminKey>().Hash)) return true;
        await using var session = services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        return await session.LoadAsync<Competition.Projections.Contests.IssuedToken>(hash, ct) is not null;
    }

    // Zero permits asks "is any left?" without using one up: only failures use permits.
    RateLimitLease Gate(HttpContext http) =>
        !SendsCredentials(http) || Tokens.BearerHash(http) is { } hash && proven.ContainsKey(hash)
            ? Pass.Instance
            : windows.AttemptAcquire(Client(http), 0);

    static bool SendsCredentials(HttpContext http) => http.Request.Headers.Authorization.Count > 0;

    static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    protected override void Dispose(bool disposing)
    {
        if (disposing) windows.Dispose();
        base.Dispose(disposing);
    }

    sealed class Pass : RateLimitLease
    {
        public static readonly Pass Instance = new();
        public override bool IsAcquired => true;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata) => (metadata = null) is not null;
    }
}
