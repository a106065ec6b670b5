namespace Competition.Api.Plumbing;

/// The knobs of <see cref="Security"/>, read from <c>Competition:*</c>. The defaults suit a venue:
/// judges' tablets share one Wi-Fi address, and the big screen may be shown inside other sites.
public sealed class SecurityOptions
{
    /// Failed authentications (401 to a request that sent credentials) one client address may
    /// cause within <see cref="AuthFailureWindow"/> before unproven tokens from it get 429.
    public int AuthFailureLimit { get; init; } = 60;
    public TimeSpan AuthFailureWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// Origins (scheme://host[:port]) whose pages may write through the API; reads are open to all.
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// Who may frame the big screen (CSP frame-ancestors); the other pages may not be framed at all.
    public string ScreenFrameAncestors { get; init; } = "*";

    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// CSV imports one organizer may send to one contest per minute: 5,000 rows each, so one contest can
    /// register a whole province in minutes but cannot flood the log that every other contest shares.
    public int ImportsPerMinute { get; init; } = 6;

    public static SecurityOptions From(IConfiguration configuration)
    {
        var defaults = new SecurityOptions();
        var section = configuration.GetSection("Competition");
        return new SecurityOptions
        {
            AuthFailureLimit = section.GetValue("AuthFailures:PermitLimit", defaults.AuthFailureLimit),
            AuthFailureWindow = TimeSpan.FromSeconds(section.GetValue("AuthFailures:WindowSeconds", defaults.AuthFailureWindow.TotalSeconds)),
            CorsOrigins = Origins(section.GetSection("Cors:Origins")),
            ScreenFrameAncestors = section["Screen:FrameAncestors"] is { Length: > 0 } ancestors ? ancestors : defaults.ScreenFrameAncestors,
            MaxRequestBodyBytes = section.GetValue("MaxRequestBodyBytes", defaults.MaxRequestBodyBytes),
            ImportsPerMinute = section.GetValue("Imports:PerMinute", defaults.ImportsPerMinute),
        };
    }

    /// A list in JSON (<c>["https://a", "https://b"]</c>) or one value separated by commas or semicolons
    /// (an environment variable: <c>Competition__Cors__Origins=https://a;https://b</c>).
    static string[] Origins(IConfigurationSection section) =>
        [.. section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(o => o.TrimEnd('/'))];
}
