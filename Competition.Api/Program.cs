using System.Text.Json.Serialization;
using Competition.Api.Pages;
using Competition.Api.Plumbing;
using JasperFx;
using Microsoft.AspNetCore.Http.Json;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(args);
var connectionString = await LocalDatabase.ConnectionStringAsync(builder);

builder.AddEngine(connectionString);
builder.Services.AddLive();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddWolverineHttp();

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
builder.Services.AddSecurity(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddSingleton<ProjectionHealthCheck>(); // keeps, between checks, since when the boards are behind
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<ProjectionHealthCheck>("boards");

var app = builder.Build();
app.Services.GetRequiredService<AdminKey>();
app.UseSecurity();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseJsonBodies();

app.MapOpenApi();
app.MapHealthChecks("/health");
// Whether this node answers at all, touching nothing: the judge tablet's connection badge asks it every few seconds.
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
// Every command and read route of the API is a Wolverine endpoint; unparseable query values are a 400, not a silent null.
app.MapWolverineEndpoints(opts => opts.RejectUnparseableQueryValues = true);
app.MapLiveEndpoints();
app.MapPages();
app.MapVenue();
app.PrintAddressesOnStart();

// Runs the app, or one of the JasperFx commands: `codegen write` (scripts/codegen.sh), `db-patch`, `db-apply` (README).
return await app.RunJasperFxCommands(args);

public partial class Program;
