using CareServices.Bench.Planner;
using CareServices.Bench.Planner.District;
using CareServices.Bench.Planner.Mankowska;

var arguments = CommandLine.Parse(args);
return arguments.Command switch
{
    "mankowska" => MankowskaBenchmark.Run(arguments),
    "district" => DistrictBenchmark.Run(arguments),
    _ => CommandLine.Usage(),
};
