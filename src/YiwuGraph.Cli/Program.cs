using System.Runtime.InteropServices;
using YiwuGraph.Cli;

using var cancel = new CancellationTokenSource();

// The first Ctrl+C (or SIGTERM) asks the run to stop and say what it kept; a second one ends the process at once.
void Stop(PosixSignalContext context)
{
    if (!cancel.IsCancellationRequested)
    {
        context.Cancel = true;
        cancel.Cancel();
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancel.Token).ConfigureAwait(false);
