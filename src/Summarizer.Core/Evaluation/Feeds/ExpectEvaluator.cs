using System.Globalization;

namespace Summarizer.Evaluation.Feeds;

/// <summary>The verdict on one <c>Expect:</c> line.</summary>
/// <param name="Truth">True/False on the modeled checks; Unknown when it checks nothing we model; Error when a modeled lookup failed.</param>
/// <param name="ChecksModeledField">Whether any part of it checks a field we model.</param>
internal sealed record ExpectVerdict(Truth Truth, bool ChecksModeledField);

/// <summary>
/// Evaluates feedparser's <c>Expect:</c> lines (a small subset of Python: and/or/not, ==, !=, in, indexing,
/// attributes, len, has_key, get, string/number/tuple literals) against a <see cref="FeedView"/>.
/// A part that checks a field we do not model (bozo, version, encoding, tags, links, ...) is left out:
/// "A and B" with B unmodeled is judged on A alone; an expression with no modeled part is not applicable.
/// </summary>
internal sealed partial class ExpectEvaluator
{
    private readonly List<ExpectToken> _tokens;
    private readonly FeedView _feed;
    private int _at;
    private bool _touched;

    private ExpectEvaluator(List<ExpectToken> tokens, FeedView feed)
    {
        _tokens = tokens;
        _feed = feed;
    }

    /// <exception cref="FormatException">The expression uses syntax the scorer does not read.</exception>
    public static ExpectVerdict Evaluate(string expression, FeedView feed)
    {
        var evaluator = new ExpectEvaluator(ExpectTokenizer.Tokenize(expression), feed);
        var truth = ToTruth(evaluator.Or());
        if (evaluator.Peek.Kind != ExpectTokenKind.End)
        {
            throw new FormatException($"unexpected '{evaluator.Peek.Text}'");
        }

        return new ExpectVerdict(evaluator._touched ? truth : Truth.Unknown, evaluator._touched);
    }

    private ExpectToken Peek => _tokens[_at];

    private bool Accept(string text)
    {
        if (Peek.Kind is ExpectTokenKind.Symbol or ExpectTokenKind.Name && Peek.Text == text)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void Expect(string text)
    {
        if (!Accept(text))
        {
            throw new FormatException($"expected '{text}', got '{Peek.Text}'");
        }
    }

    private ExpectValue Or()
    {
        var left = And();
        if (Peek.Text != "or")
        {
            return left;
        }

        var truths = new List<Truth> { ToTruth(left) };
        while (Accept("or"))
        {
            truths.Add(ToTruth(And()));
        }

        return new TruthValue(truths.Contains(Truth.Error) ? Truth.Error
            : truths.Contains(Truth.True) ? Truth.True
            : truths.Contains(Truth.Unknown) ? Truth.Unknown : Truth.False);
    }

    private ExpectValue And()
    {
        var left = Not();
        if (Peek.Text != "and")
        {
            return left;
        }

        var truths = new List<Truth> { ToTruth(left) };
        while (Accept("and"))
        {
            truths.Add(ToTruth(Not()));
        }

        return new TruthValue(truths.Contains(Truth.Error) ? Truth.Error
            : truths.Contains(Truth.False) ? Truth.False
            : truths.Contains(Truth.True) ? Truth.True : Truth.Unknown);
    }

    private ExpectValue Not()
    {
        if (Peek.Text == "not" && _tokens[_at + 1].Text != "in")
        {
            _at++;
            return new TruthValue(ToTruth(Not()) switch
            {
                Truth.True => Truth.False,
                Truth.False => Truth.True,
                var other => other,
            });
        }

        return Comparison();
    }

    private ExpectValue Comparison()
    {
        var left = Postfix();
        if (Accept("=="))
        {
            return new TruthValue(Equal(left, Postfix()));
        }

        if (Accept("!="))
        {
            return new TruthValue(Equal(left, Postfix()) switch { Truth.True => Truth.False, Truth.False => Truth.True, var t => t });
        }

        if (Accept("in"))
        {
            return new TruthValue(In(left, Postfix()));
        }

        if (Peek.Text == "not" && _tokens[_at + 1].Text == "in")
        {
            _at += 2;
            return new TruthValue(In(left, Postfix()) switch { Truth.True => Truth.False, Truth.False => Truth.True, var t => t });
        }

        if (Accept("is") || Accept("<") || Accept(">") || Accept("<=") || Accept(">="))
        {
            Accept("not");
            Postfix();
            return ExpectValue.Unmodeled;
        }

        return left;
    }

    private ExpectValue Postfix()
    {
        var value = Primary();
        while (true)
        {
            if (Accept("["))
            {
                var index = Or();
                Expect("]");
                value = Index(value, index);
            }
            else if (Accept("."))
            {
                var name = Peek.Text;
                _at++;
                if (Accept("("))
                {
                    var args = Arguments(")");
                    value = Call(value, name, args);
                }
                else
                {
                    value = Index(value, new LiteralValue(name));
                }
            }
            else
            {
                return value;
            }
        }
    }

    private ExpectValue Primary()
    {
        var token = Peek;
        _at++;
        switch (token.Kind)
        {
            case ExpectTokenKind.String:
                var text = token.Text;
                while (Peek.Kind == ExpectTokenKind.String)
                {
                    text += Peek.Text;
                    _at++;
                }

                return new LiteralValue(text);
            case ExpectTokenKind.Number:
                return long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? new LiteralValue(n)
                    : new LiteralValue(double.Parse(token.Text, CultureInfo.InvariantCulture));
            case ExpectTokenKind.Name:
                return Name(token.Text);
            case ExpectTokenKind.Symbol when token.Text == "(":
                var items = Arguments(")");
                return items.Count == 1 && _tokens[_at - 2].Text != "," ? items[0] : new ListValue(items);
            case ExpectTokenKind.Symbol when token.Text == "[":
                return new ListValue(Arguments("]"));
            case ExpectTokenKind.Symbol when token.Text == "{":
                SkipDictionary();
                return ExpectValue.Unmodeled;
            default:
                throw new FormatException($"unexpected '{token.Text}'");
        }
    }

    private ExpectValue Name(string name)
    {
        switch (name)
        {
            case "feed":
                return new FeedNode(_feed);
            case "entries":
                return new EntriesNode(_feed.Entries);
            case "None":
                return ExpectValue.None;
            case "True" or "False":
                return new LiteralValue(name == "True");
            case "len" when Peek.Text == "(":
                _at++;
                var args = Arguments(")");
                return Length(args.Count == 1 ? args[0] : ExpectValue.Unmodeled);
            default:
                // bozo, version, encoding, headers, status, namespaces: what a feed parser reports about itself.
                if (Accept("("))
                {
                    Arguments(")");
                }

                return ExpectValue.Unmodeled;
        }
    }

    private List<ExpectValue> Arguments(string close)
    {
        var items = new List<ExpectValue>();
        while (!Accept(close))
        {
            items.Add(Or());
            if (!Accept(","))
            {
                Expect(close);
                break;
            }
        }

        return items;
    }

    private void SkipDictionary()
    {
        var depth = 1;
        while (depth > 0)
        {
            if (Peek.Kind == ExpectTokenKind.End)
            {
                throw new FormatException("unterminated dictionary");
            }

            depth += Peek.Text switch { "{" => 1, "}" => -1, _ => 0 };
            _at++;
        }
    }
}
