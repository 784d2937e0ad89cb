using System.Text;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class DumpTests
{
    [Fact]
    public void Dump()
    {
        var sb = new StringBuilder();
        foreach (var set in new[] { TrustFixtures.Ferry(), TrustFixtures.Seeds() })
        {
            var r = StoryAnalysis.Analyze(set);
            sb.Append("copyOf: ").Append(string.Join(", ", r.CopyOf.Select(kv => $"{kv.Key}->{kv.Value}"))).Append('\n');
            foreach (var d in r.Disagreements)
            {
                sb.Append("D ").Append(d.Topic).Append('\n');
                foreach (var c in d.Claims)
                {
                    sb.Append("   ").Append(c.Text).Append(" [").Append(string.Join(",", c.Sources)).Append("]\n");
                }
            }

            foreach (var c in r.SingleSource)
            {
                sb.Append("S ").Append(c.Text).Append(" [").Append(string.Join(",", c.Sources)).Append("]\n");
            }
        }

        File.WriteAllText("/tmp/trust-dump.txt", sb.ToString());
    }
}
