using Competition.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Competition.EventStore.Tests;

public sealed class RegistrationTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task AddEventStore_applies_the_schema_on_start_and_runs_registered_projections()
    {
        var schema = TestStores.NewSchema();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddEventStore(o =>
        {
            o.ConnectionString = db.ConnectionString;
            o.Schema = schema;
            o.Events.Register<Counted>("test.counted");
        });
        builder.Services.AddSingleton<IProjection>(new CountingProjection(schema));
        using var host = builder.Build();
        await host.StartAsync();

        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {schema}.mt_schema_version")).ShouldBe(TestStores.SchemaScripts);
        var store = host.Services.GetRequiredService<IEventStore>();
        var session = store.OpenSession();
        var stream = Guid.NewGuid();
        session.Events.StartStream(stream, "entry", new Counted(stream, 1));
        var appended = await session.SaveChangesAsync();
        await host.Services.GetRequiredService<ProjectionDaemon>().WaitForSequenceAsync("counting", appended.LastSequence, TimeSpan.FromSeconds(10));
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {schema}.seen_counting")).ShouldBe(1);

        await host.StopAsync();
    }
}
