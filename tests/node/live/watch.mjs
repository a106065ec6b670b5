// Watches one category's leaderboard over SignalR with the real browser client and prints every
// message as one JSON line: {"type":"leaderboard"|"awards","data":{...}}, after a {"type":"watching"}
// line once Watch has returned. Exits 0 after <n> leaderboard messages (the first is the board sent
// on Watch), 2 on timeout, 1 on error.
// Usage: node watch.mjs <baseUrl> <contestId> <categoryId> <n> [timeoutSeconds]
import * as signalR from "@microsoft/signalr";

const [baseUrl, contestId, categoryId, countArg, timeoutArg] = process.argv.slice(2);
if (!baseUrl || !contestId || !categoryId || !countArg) {
  console.error("usage: node watch.mjs <baseUrl> <contestId> <categoryId> <n> [timeoutSeconds]");
  process.exit(1);
}
const wanted = Number(countArg);
const print = (line) => process.stdout.write(JSON.stringify(line) + "\n");

const connection = new signalR.HubConnectionBuilder()
  .withUrl(new URL("/hubs/leaderboard", baseUrl).toString())
  .configureLogging(signalR.LogLevel.Warning)
  .build();

let boards = 0;
const done = new Promise((resolve) => {
  connection.on("leaderboard", (board) => {
    print({ type: "leaderboard", data: board });
    if (++boards >= wanted) resolve();
  });
});
// A handler that returns a value is taken by the client as an invocation result; return nothing.
connection.on("awards", (awards) => { print({ type: "awards", data: awards }); });

const timer = setTimeout(() => {
  console.error(`timed out after ${boards} of ${wanted} leaderboard messages`);
  process.exit(2);
}, Number(timeoutArg ?? 60) * 1000);

try {
  await connection.start();
  await connection.invoke("Watch", contestId, categoryId);
  print({ type: "watching" });
  await done;
  clearTimeout(timer);
  await connection.stop();
  process.exit(0);
} catch (err) {
  console.error(err?.stack ?? String(err));
  process.exit(1);
}
