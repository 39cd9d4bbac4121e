namespace YiwuGraph.Segmentation.Internal;

/// <summary>Per-thread reusable buffers, so segmenting allocates nothing once they have grown.</summary>
internal sealed class Scratch
{
    [ThreadStatic]
    private static Scratch? current;

    public double[] RouteProb = new double[256];
    public int[] RouteEnd = new int[256];
    public int[] RouteNode = new int[256];
    public byte[] BmesBack = new byte[1024];
    public int[] States = new int[256];
    public int[] DagStart = new int[257];
    public int[] DagEnds = new int[1024];
    public readonly List<Token> Inner = [];

    // posseg Viterbi
    public double[] VPrev = [];
    public double[] VCur = [];
    public double[] EmitRow = [];
    public int[] ActivePrev = [];
    public int[] ActiveCur = [];
    public int[] Prev = [];
    public ulong[] Mask = [];
    public ushort[] BackState = new ushort[4096];
    public ushort[] BackPrev = new ushort[4096];
    public int[] StepStart = new int[257];

    public static Scratch Get() => current ??= new Scratch();

    public void EnsureRoute(int n)
    {
        if (RouteProb.Length < n + 1)
        {
            var size = Math.Max(n + 1, RouteProb.Length * 2);
            RouteProb = new double[size];
            RouteEnd = new int[size];
            RouteNode = new int[size];
        }
    }

    public static void Grow<T>(ref T[] array, int needed)
    {
        if (array.Length < needed)
        {
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
        }
    }
}
