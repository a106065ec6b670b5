using System.Text.Json.Serialization;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.EventStore;
using Microsoft.AspNetCore.Http.Json;

var builder = WebApplication.CreateBuilder(args);
var connectionString = await LocalDatabase.ConnectionStringAsync(builder);

builder.Services.AddEventStore(options =>
{
    options.ConnectionString = connectionString;
    options.Schema = builder.Configuration["Competition:Schema"] ?? "public";
    // Tuning (group commit, projection pacing): README, "Throughput settings".
    builder.Configuration.GetSection("Competition:EventStore").Bind(options);
    foreach (var (name, type) in DomainEvents.WireNames) options.Events.Register(type, name);
});
builder.Services.AddSingleton(sp => sp.GetRequiredService<PostgresEventStore>().DataSource);
builder.Services.AddCompetitionProjections();
builder.Services.AddLive();
builder.Services.AddWriteSide();
builder.Services.AddSingleton(TimeProvider.System);

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
builder.Services.AddSecurity(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();
app.Services.GetRequiredService<AdminKey>();
app.UseSecurity();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();

app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapWriteEndpoints();
app.MapResultsEndpoints();
app.MapLiveEndpoints();
app.MapPages();

app.Lifetime.ApplicationStarted.Register(() =>
    Console.WriteLine($"Competition is listening on {string.Join(", ", app.Urls)} (pages: /, /judge, /screen/{{contestId}})"));
app.Run();

public partial class Program;
