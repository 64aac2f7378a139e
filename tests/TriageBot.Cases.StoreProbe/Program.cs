using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.StoreProbe;

// A second process for the store tests.
//   open PATH     open the store and close it again: prints "opened", or the error and exits with 3
//   hold PATH     open the store and keep it open until stdin closes: prints "holding"
//   write PATH N [K]  create N cases (ProbeCases.Draft(0..N-1)), printing "committed <id> <i>" after each;
//                 with K, the process kills itself the moment the K-th CreateAsync returns, before printing
//                 (the worst moment for a write still on its way to disk)
//   churn PATH R  write to every sealed collection at once, as the host does in a burst, printing
//                 "ack <kind> <key> <value>" after each write returned, until killed (see Churn)
//   dump PATH ID  print every time of the case as "<member> <round-trip text> <kind>" (run it under a TZ)
const int StoreError = 3;
const int Usage = 2;

if (args.Length < 2) return UsageError();
var path = args[1];
try
{
    switch (args[0])
    {
        case "open":
            using (LiteDbCaseStore.Open(path, null, null, TimeProvider.System))
                Console.WriteLine("opened");
            return 0;
        case "hold":
            using (LiteDbCaseStore.Open(path, null, null, TimeProvider.System))
            {
                Console.WriteLine("holding");
                Console.Out.Flush();
                Console.In.ReadToEnd();
            }
            return 0;
        case "write" when args.Length is 3 or 4 && int.TryParse(args[2], out var count):
            var dieAfter = args.Length == 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
            using (var store = LiteDbCaseStore.Open(path, null, null, TimeProvider.System))
            {
                for (var i = 0; i < count; i++)
                {
                    var created = await store.CreateAsync(ProbeCases.Draft(i), "probe");
                    if (i + 1 == dieAfter) System.Diagnostics.Process.GetCurrentProcess().Kill();
                    // Printed only after CreateAsync returned: the test holds the store to every line it saw.
                    Console.WriteLine($"committed {created.Id} {i}");
                    Console.Out.Flush();
                }
            }
            return 0;
        case "churn" when args.Length == 3 && int.TryParse(args[2], out var round):
            return await Churn.RunAsync(path, round);
        case "dump" when args.Length == 3:
            using (var store = LiteDbCaseStore.Open(path, null, null, TimeProvider.System))
            {
                var found = await store.GetAsync(args[2]);
                if (found is null) return UsageError();
                foreach (var property in typeof(CaseRecord).GetProperties())
                    if (property.GetValue(found) is DateTime time)
                        Console.WriteLine($"{property.Name} {time:O} {time.Kind}");
            }
            return 0;
        default:
            return UsageError();
    }
}
catch (CaseStoreException e)
{
    Console.WriteLine(e.Message);
    return StoreError;
}

static int UsageError()
{
    Console.Error.WriteLine("usage: open PATH | hold PATH | write PATH N | churn PATH ROUND | dump PATH ID");
    return Usage;
}
