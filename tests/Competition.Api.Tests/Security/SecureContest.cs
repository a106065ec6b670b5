using System.Net;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Security;

/// A contest with one open stage, two approved and drawn entries (Ann of Org A, Bo of Org B) and
/// two judges on its panel, set up through the public routes.
public sealed record SecureContest(string Id, string Organizer, string Category, string Stage, string Criterion,
    string Ann, string Bo, string Judge1, string Judge1Token, string Judge2Token)
{
    public string Path => $"/api/contests/{Id}";

    public string Mark(string entry) => $"{Path}/stages/{Stage}/entries/{entry}/marks/{Criterion}";

    public static async Task<SecureContest> CreateAsync(ApiClient api)
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Secure", kind = "skills" }, HttpStatusCode.Created))!;
        var (id, org) = ((string)created["id"]!, (string)created["organizerToken"]!);
        var c = $"/api/contests/{id}";
        var cat = await api.Create($"{c}/categories", org, new { name = "Electrician", entryType = "individual" });
        var stage = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "Only", weight = 100, aggregation = new { rule = "mean" } });
        var criterion = await api.Create($"{c}/stages/{stage}/criteria", org, new { name = "Wiring", maxPoints = 10, kind = "judgement" });
        await api.Post($"{c}/registration/open", org);
        var ann = await api.Create($"{c}/entries", org, new { categoryId = cat, name = "Ann", organization = "Org A" });
        var bo = await api.Create($"{c}/entries", org, new { categoryId = cat, name = "Bo", organization = "Org B" });
        await api.Post($"{c}/entries/{ann}/approve", org);
        await api.Post($"{c}/entries/{bo}/approve", org);
        await api.Post($"{c}/registration/close", org);
        var judge1 = (await api.Post($"{c}/judges", org, new { name = "J1", organization = "Org J", categoryIds = new[] { cat } }, HttpStatusCode.Created))!;
        var judge2 = (await api.Post($"{c}/judges", org, new { name = "J2", organization = "Org K", categoryIds = new[] { cat } }, HttpStatusCode.Created))!;
        await api.Post($"{c}/categories/{cat}/draw", org, new { seed = 1 }, HttpStatusCode.OK);
        await api.Post($"{c}/stages/{stage}/open", org);
        return new(id, org, cat.ToString(), stage.ToString(), criterion.ToString(), ann.ToString(), bo.ToString(),
            (string)judge1["id"]!, (string)judge1["token"]!, (string)judge2["token"]!);
    }
}
