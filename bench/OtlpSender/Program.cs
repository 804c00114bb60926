using System.Diagnostics;
using System.Globalization;
using CareServices.Bench.OtlpSender;

// bench/run.sh otlp:
//   OtlpSender ingest <otlp-http-base> <api-key> <seconds> <concurrency> <spans-per-batch>
//     last line "otlp spans/s: N": spans the receiver accepted (200) per second of sending
//   OtlpSender register <gateway> <requests>
//     light load: recipient registrations through the gateway (bench/run.sh memory)
return args.FirstOrDefault() switch
{
    "ingest" when args.Length == 6 => await IngestAsync(new Uri(args[1]), args[2], Number(args[3]), (int)Number(args[4]), (int)Number(args[5])),
    "register" when args.Length == 3 => await Registrations.RunAsync(new Uri(args[1]), (int)Number(args[2])),
    _ => Usage(),
};

static async Task<int> IngestAsync(Uri otlp, string key, double seconds, int concurrency, int spansPerBatch)
{
    var batches = SpanBatches.Build(64, spansPerBatch);
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = TimeSpan.FromSeconds(30) };
    http.DefaultRequestHeaders.Add("x-otlp-api-key", key);
    var endpoint = new Uri(otlp, "/v1/traces");

    async Task<long> SendAsync(int worker, DateTime until)
    {
        long spans = 0;
        for (var i = worker; DateTime.UtcNow < until; i++)
        {
            using var content = new ByteArrayContent(batches[i % batches.Length]);
            content.Headers.ContentType = new("application/x-protobuf");
            using var response = await http.PostAsync(endpoint, content);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"the receiver answered {(int)response.StatusCode}");
            }

            spans += spansPerBatch;
        }

        return spans;
    }

    // Warm-up: JIT and connections, not counted.
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => SendAsync(w, DateTime.UtcNow.AddSeconds(2))));
    var clock = Stopwatch.StartNew();
    var sent = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => SendAsync(w, DateTime.UtcNow.AddSeconds(seconds))));
    var elapsed = clock.Elapsed.TotalSeconds;
    var total = sent.Sum();
    Console.WriteLine(FormattableString.Invariant($"{total} spans in {total / spansPerBatch} requests of {spansPerBatch} over {elapsed:0.0} s, {concurrency} concurrent senders"));
    Console.WriteLine(FormattableString.Invariant($"otlp spans/s: {total / elapsed:0}"));
    return 0;
}

static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: OtlpSender ingest <otlp-http-base> <api-key> <seconds> <concurrency> <spans-per-batch>");
    Console.Error.WriteLine("       OtlpSender register <gateway> <requests>");
    return 2;
}
