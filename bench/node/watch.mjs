// Benchmark watcher: <connections> real @microsoft/signalr clients watching one category's board.
// Prints one line per happening, each stamped with process.hrtime (CLOCK_MONOTONIC in nanoseconds,
// the same clock as .NET's Stopwatch.GetTimestamp on Linux, so the bench can subtract the two):
//   clock <ns>                      at start, for the bench to check the clocks agree
//   watching <conn> <ns>            Watch returned
//   board <conn> <ns> <sequence>    a `leaderboard` message arrived
//   closed <conn> <ns> <reason>     the connection closed (and is not coming back)
// Stops cleanly when stdin closes or receives "stop".
// Usage: node watch.mjs <baseUrl> <contestId> <categoryId> [connections] [top]
// With top, each connection calls WatchTop (a window of the first `top` rows) instead of Watch.
import * as signalR from "@microsoft/signalr";
import { createInterface } from "node:readline";

const [baseUrl, contestId, categoryId, connectionsArg, topArg] = process.argv.slice(2);
if (!baseUrl || !contestId || !categoryId) {
  console.error("usage: node watch.mjs <baseUrl> <contestId> <categoryId> [connections] [top]");
  process.exit(1);
}
const now = () => process.hrtime.bigint().toString();
const print = (line) => process.stdout.write(line + "\n");
let stopping = false;

async function watch(index) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(new URL("/hubs/leaderboard", baseUrl).toString(), { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.on("leaderboard", (board) => print(`board ${index} ${now()} ${board.sequence}`));
  // A handler that returns a value is taken as an invocation result; return nothing.
  connection.on("awards", () => {});
  connection.onclose((err) => { if (!stopping) print(`closed ${index} ${now()} ${err?.message ?? "closed"}`); });
  await connection.start();
  if (topArg) await connection.invoke("WatchTop", contestId, categoryId, Number(topArg));
  else await connection.invoke("Watch", contestId, categoryId);
  print(`watching ${index} ${now()}`);
  return connection;
}

print(`clock ${now()}`);
try {
  const connections = await Promise.all(Array.from({ length: Number(connectionsArg ?? 1) }, (_, i) => watch(i)));
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled(connections.map((c) => c.stop()));
    process.exit(0);
  };
  createInterface({ input: process.stdin }).on("line", (line) => { if (line.trim() === "stop") stop(); }).on("close", stop);
} catch (err) {
  console.error(err?.stack ?? String(err));
  process.exit(1);
}
