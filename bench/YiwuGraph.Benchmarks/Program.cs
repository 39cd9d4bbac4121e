using BenchmarkDotNet.Running;
using YiwuGraph.Benchmarks.Segmentation;

// Run all or some benchmarks: dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*Segment*'
// The peer's output for tools/parity: dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- jiebanet cut|posseg FILE
if (args is ["jiebanet", var mode, var input])
{
    return JiebaNetPeer.WriteFile(mode, input);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
