using System.Collections.Concurrent;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;

namespace StatiqSite.Tests.Engine;

public class PipelineEngineTests
{
    private static readonly ConcurrentQueue<string> Trace = new();

    private sealed class A : Pipeline
    {
        public int Value { get; private set; }

        public override Task ProcessAsync(PipelineContext context)
        {
            Value = 41;
            Record(context);
            return Task.CompletedTask;
        }
    }

    private sealed class B : Pipeline
    {
        public override IReadOnlyList<Type> Dependencies => [typeof(A)];

        public int Seen { get; private set; }

        public override Task ProcessAsync(PipelineContext context)
        {
            Seen = context.Get<A>().Value + 1;
            context.Add(Output.Text("b.txt", "b", ContentTypes.Text, null, Name));
            Record(context);
            return Task.CompletedTask;
        }
    }

    private sealed class C : Pipeline
    {
        public override IReadOnlyList<Type> Dependencies => [typeof(B)];

        public int OutputsSeen { get; private set; }

        public override Task PostProcessAsync(PipelineContext context)
        {
            OutputsSeen = context.ProcessOutputs.Count;
            Record(context);
            return Task.CompletedTask;
        }
    }

    private sealed class Loop1 : Pipeline
    {
        public override IReadOnlyList<Type> Dependencies => [typeof(Loop2)];
    }

    private sealed class Loop2 : Pipeline
    {
        public override IReadOnlyList<Type> Dependencies => [typeof(Loop1)];
    }

    private sealed class Undeclared : Pipeline
    {
        public override Task ProcessAsync(PipelineContext context)
        {
            _ = context.Get<A>();
            return Task.CompletedTask;
        }
    }

    private static void Record(PipelineContext context) => Trace.Enqueue(context.Phase.ToString());

    [Fact]
    public void Orders_dependencies_first_whatever_the_registration_order()
    {
        var order = PipelineEngine.Order([new C(), new B(), new A()]).Select(p => p.Name).ToList();
        Assert.True(order.IndexOf("A") < order.IndexOf("B"));
        Assert.True(order.IndexOf("B") < order.IndexOf("C"));
    }

    [Fact]
    public void A_dependency_cycle_is_a_clear_error()
    {
        var e = Assert.Throws<PipelineCycleException>(() => PipelineEngine.Order([new Loop1(), new Loop2()]));
        Assert.Contains("Loop1 → Loop2 → Loop1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unregistered_dependency_is_a_clear_error()
    {
        var e = Assert.Throws<PipelineCycleException>(() => PipelineEngine.Order([new B()]));
        Assert.Contains("not registered", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_results_flow_to_dependents_and_post_process_sees_all_outputs()
    {
        var a = new A();
        var b = new B();
        var c = new C();
        var engine = new PipelineEngine([c, b, a]);
        var result = await engine.RunAsync(new BuildOptions { InputPath = ".", OutputPath = "out" }, new DiagnosticBag(), Log.Silent);

        Assert.True(result.Succeeded);
        Assert.Equal(42, b.Seen);
        Assert.Equal(1, c.OutputsSeen);
        Assert.Equal("b.txt", Assert.Single(result.Outputs).Path);
    }

    [Fact]
    public async Task Reading_a_pipeline_that_was_not_declared_is_refused()
    {
        var engine = new PipelineEngine([new A(), new Undeclared()]);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            engine.RunAsync(new BuildOptions { InputPath = ".", OutputPath = "out" }, new DiagnosticBag(), Log.Silent));
    }
}
