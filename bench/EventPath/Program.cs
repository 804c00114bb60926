using System.Diagnostics;
using System.Globalization;
using CareServices.Bench.EventPath;

// usage: EventPath <assessmentdb connection string> <schedulingdb connection string> [events=10000] [per-transaction=100] [stall-seconds=120] [warm-up events=0] [go-file]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: EventPath <assessmentdb> <schedulingdb> [events=10000] [per-transaction=100] [stall-seconds=120] [warm-up events=0] [go-file]");
    return 2;
}
var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
var perTransaction = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100;
var stall = TimeSpan.FromSeconds(args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 120);
var warmUp = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 0;
var goFile = args.Length > 6 ? args[6] : null;

// A first, unmeasured batch takes both services' code through JIT compilation and tiering, as a running system's
// would have been long ago.
if (warmUp > 0)
{
    await OutboxWriter.WriteAsync(args[0], warmUp, perTransaction);
    if (!await EffectWatcher.WaitForAsync(args[1], warmUp, stall))
    {
        return 1;
    }
    Console.WriteLine($"warm-up:     {warmUp} events through the path first, not measured");
    // The caller lets the services finish compiling what the warm-up made hot, then says go.
    while (goFile is not null && !File.Exists(goFile))
    {
        await Task.Delay(50);
    }
}

var writeClock = Stopwatch.StartNew();
var ids = await OutboxWriter.WriteAsync(args[0], count, perTransaction);
var written = writeClock.Elapsed;
Console.WriteLine($"written:     {count} outbox rows in {count / perTransaction} transactions, {written.TotalSeconds:0.00} s ({count / written.TotalSeconds:0} rows/s)");

if (!await EffectWatcher.WaitForAsync(args[1], warmUp + count, stall))
{
    return 1;
}

var report = await EventPathReport.ReadAsync(args[0], args[1], ids);
report.Print(Console.Out);
return 0;
