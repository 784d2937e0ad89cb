namespace Summarizer.Evaluation.Feeds;

/// <summary>The operations an <c>Expect:</c> line applies to feed values: indexing, calls, membership and equality.</summary>
internal sealed partial class ExpectEvaluator
{
    private static ExpectValue Index(ExpectValue target, ExpectValue index) => (target, index) switch
    {
        (FeedNode f, LiteralValue { Value: string key }) => ExpectFields.Feed(f.Feed, key),
        (EntriesNode e, LiteralValue { Value: long i }) => new EntryNode(i >= 0 && i < e.Entries.Count ? e.Entries[(int)i] : null),
        (EntryNode e, LiteralValue { Value: string key }) => ExpectFields.Entry(e.Entry, key),
        (DetailValue d, LiteralValue { Value: string key }) when key == d.Key => d.Field,
        (ContentListValue c, LiteralValue { Value: 0L }) => new DetailValue(c.Field),
        (var t, _) when t == ExpectValue.Fault => ExpectValue.Fault,
        _ => ExpectValue.Unmodeled,
    };

    private ExpectValue Call(ExpectValue target, string method, List<ExpectValue> args)
    {
        if (args.Count == 0 || args[0] is not LiteralValue { Value: string key })
        {
            return ExpectValue.Unmodeled;
        }

        switch (method)
        {
            case "has_key":
                return Has(target, key);
            case "get":
                var value = Index(target, args[0]);
                return value == ExpectValue.Fault || value is FieldValue { Value: null } ? (args.Count > 1 ? args[1] : ExpectValue.None) : value;
            default:
                return ExpectValue.Unmodeled;
        }
    }

    private ExpectValue Has(ExpectValue target, string key)
    {
        var value = Index(target, new LiteralValue(key));
        if (value == ExpectValue.Unmodeled)
        {
            return ExpectValue.Unmodeled;
        }

        _touched = true;
        return new TruthValue(ExpectFields.Of(value is FieldValue { Value: not null } or DetailValue or ContentListValue { Field.Value: not null }));
    }

    private ExpectValue Length(ExpectValue value)
    {
        if (value is EntriesNode entries)
        {
            _touched = true;
            return new LiteralValue((long)entries.Entries.Count);
        }

        return value is FieldValue { Value: string s } ? new LiteralValue((long)s.Length) : ExpectValue.Unmodeled;
    }

    private Truth In(ExpectValue part, ExpectValue whole)
    {
        if (whole is FieldValue { Kind: FieldKind.Text } field && part is LiteralValue { Value: string s })
        {
            _touched = true;
            return field.Value is null ? Truth.Error : ExpectFields.Of(ExpectFields.Contains(field, s));
        }

        if (whole == ExpectValue.Fault)
        {
            _touched = true;
            return Truth.Error;
        }

        if (whole is EntryNode or FeedNode && part is LiteralValue { Value: string key })
        {
            return ToTruth(Has(whole, key));
        }

        return Truth.Unknown;
    }

    private Truth Equal(ExpectValue left, ExpectValue right)
    {
        if (left == ExpectValue.Unmodeled || right == ExpectValue.Unmodeled)
        {
            return Truth.Unknown;
        }

        if (left is FieldValue || right is FieldValue || left == ExpectValue.Fault || right == ExpectValue.Fault)
        {
            _touched = true;
        }

        return (left, right) switch
        {
            _ when left == ExpectValue.Fault || right == ExpectValue.Fault => Truth.Error,
            (FieldValue f, var other) => ExpectFields.AreEqual(f, other),
            (var other, FieldValue f) => ExpectFields.AreEqual(f, other),
            (LiteralValue a, LiteralValue b) => ExpectFields.Of(Equals(a.Value, b.Value)),
            _ => Truth.Unknown,
        };
    }

    private static Truth ToTruth(ExpectValue value) => value switch
    {
        TruthValue t => t.Truth,
        LiteralValue { Value: bool b } => ExpectFields.Of(b),
        LiteralValue { Value: long n } => ExpectFields.Of(n != 0),
        LiteralValue { Value: string s } => ExpectFields.Of(s.Length > 0),
        FieldValue { Value: null } => Truth.Error,
        _ when value == ExpectValue.Fault => Truth.Error,
        _ => Truth.Unknown,
    };
}
