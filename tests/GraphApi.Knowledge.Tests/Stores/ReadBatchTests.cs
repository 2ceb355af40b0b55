using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Tests.Stores;

/// <summary>The window in which a store may hold reads and send them together (ReadBatch).</summary>
public class ReadBatchTests
{
    private sealed class Held : ReadBatch.IPart
    {
        public int Sent { get; private set; }

        public void Send() => Sent++;
    }

    [Fact]
    public void Each_owner_keeps_one_part_which_is_sent_once_when_the_window_closes()
    {
        var (first, second) = (new object(), new object());
        Held a, b;
        using (var window = ReadBatch.Open())
        {
            Assert.Same(window, ReadBatch.Current);
            a = window.Part(first, () => new Held())!;
            b = window.Part(second, () => new Held())!;
            Assert.Same(a, window.Part(first, () => new Held()));
            Assert.NotSame(a, b);
            Assert.Equal(0, a.Sent);
            window.Dispose();
            Assert.Null(window.Part(first, () => new Held()));
        }

        Assert.Equal((1, 1), (a.Sent, b.Sent));
        Assert.Null(ReadBatch.Current);
    }

    [Fact]
    public async Task The_window_belongs_to_the_flow_that_opened_it()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var startedBefore = Task.Run(async () =>
        {
            await gate.Task;
            return ReadBatch.Current;
        });

        using var window = ReadBatch.Open();
        var startedInside = Task.Run(() => ReadBatch.Current);
        gate.SetResult();

        Assert.Null(await startedBefore);
        Assert.Same(window, await startedInside);
    }
}
