using BenchmarkDotNet.Running;

// Run all or some benchmarks: dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*Segment*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
