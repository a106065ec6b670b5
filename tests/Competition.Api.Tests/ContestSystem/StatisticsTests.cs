using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.ContestSystem;

/// GET /api/statistics (admin key) against counts the test computes itself over a seeded set of contests.
public sealed class StatisticsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    sealed record Person(string Name, string Org, string? PersonId, string? Group);

    [Fact]
    public async Task Participants_are_counted_once_by_person_id_or_by_name_and_organization_and_person_times_each_time()
    {
        var random = new Random(15);
        string[] orgs = ["供电公司", "建工集团", "路桥公司"];
        string[] groups = ["新就业形态劳动者", "农民工", "技术工人"];
        // A pool of people, some with the organizer's person id: they enter several contests.
        var pool = Enumerable.Range(0, 12).Select(i => new Person($"职工{i}", orgs[i % 3], i % 2 == 0 ? $"P-{1000 + i}" : null, groups[i % 3])).ToList();
        var taken = new List<(string Level, Person Person, Guid Entry)>();
        foreach (var (lv, n) in new[] { ("county", 2), ("city", 1) })
            for (var k = 0; k < n; k++)
            {
                var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = $"统计{lv}{k}", kind = "skills", level = lv }, HttpStatusCode.Created))!;
                var c = $"/api/contests/{(string)created["id"]!}";
                var org = (string)created["organizerToken"]!;
                var category = await api.Create($"{c}/categories", org, new { name = "双人赛", entryType = "team" });
                await api.Post($"{c}/registration/open", org);
                for (var e = 0; e < 4; e++)
                {
                    var team = pool.OrderBy(_ => random.Next()).Take(2).ToList();
                    var entry = await api.Create($"{c}/entries", org, new
                    {
                        categoryId = category, name = $"队{k}{e}", organization = team[0].Org,
                        members = team.Select(p => (object)(p.PersonId is null ? p.Name : new { name = p.Name, personId = p.PersonId, group = p.Group })).ToArray(),
                    });
                    if (e == 3) { await api.Post($"{c}/entries/{entry}/reject", org, new { reason = "材料不全" }); continue; }
                    await api.Post($"{c}/entries/{entry}/approve", org);
                    taken.AddRange(team.Select(p => (lv, p, entry)));
                }
            }

        // Other tests' contests share this host: the figures are compared by level and organization filters of our own.
        var mine = await api.Get("/api/statistics?level=city", ApiFactory.AdminKey);
        var city = taken.Where(t => t.Level == "city").ToList();
        // A member given by name only is known by name and the entry's organization (the team's unit).
        var entryOrg = taken.GroupBy(t => t.Entry).ToDictionary(g => g.Key, g => g.First().Person.Org);
        string Key((string Level, Person Person, Guid Entry) t) => t.Person.PersonId ?? $"{t.Person.Name}|{entryOrg[t.Entry]}";
        ((int)mine["personTimes"]!, (int)mine["participants"]!).ShouldBe((city.Count, city.Select(Key).Distinct().Count()));
        var byGroup = mine["byGroup"]!.AsArray().ToDictionary(g => (string)g!["key"]!, g => (int)g!["personTimes"]!);
        byGroup.GetValueOrDefault("none").ShouldBe(city.Count(t => t.Person.PersonId is null));

        var county = await api.Get("/api/statistics?level=county", ApiFactory.AdminKey);
        var counted = taken.Where(t => t.Level == "county").ToList();
        ((int)county["entries"]!, (int)county["personTimes"]!).ShouldBe((counted.Select(t => t.Entry).Distinct().Count(), counted.Count));
        ((int)county["participants"]!).ShouldBe(counted.Select(Key).Distinct().Count());
        ((int)county["participants"]!).ShouldBeLessThan((int)county["personTimes"]!, "someone took part twice in the seeded set");
        var byOrg = county["byOrganization"]!.AsArray().ToDictionary(o => (string)o!["key"]!, o => (int)o!["personTimes"]!);
        foreach (var o in orgs) byOrg.GetValueOrDefault(o).ShouldBe(CountByEntryOrg(counted, taken, o));

        await api.Send(HttpMethod.Get, "/api/statistics", null, null, HttpStatusCode.Unauthorized);
        await api.Send(HttpMethod.Get, "/api/statistics?level=township", ApiFactory.AdminKey, null, HttpStatusCode.BadRequest);
        await api.Send(HttpMethod.Get, "/api/statistics?from=2026-13-01", ApiFactory.AdminKey, null, HttpStatusCode.BadRequest);
    }

    /// Person-times are counted under the entry's organization (the team's unit), not each member's own.
    static int CountByEntryOrg(List<(string Level, Person Person, Guid Entry)> counted, List<(string Level, Person Person, Guid Entry)> all, string org)
    {
        var entryOrg = all.GroupBy(t => t.Entry).ToDictionary(g => g.Key, g => g.First().Person.Org);
        return counted.Count(t => entryOrg[t.Entry] == org);
    }
}
