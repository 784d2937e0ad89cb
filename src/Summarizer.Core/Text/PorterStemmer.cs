namespace Summarizer.Text;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for English, following Martin Porter's reference
/// implementation (including its two published departures: "bli" → "ble" and "logi" → "log").
/// Expects a lowercase word; words of one or two letters are returned unchanged. Thread-safe.
/// </summary>
internal sealed class PorterStemmer : Stemmer
{
    public override string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        var state = new State(word.ToCharArray());
        state.Step1ab();
        if (state.K > 0)
        {
            state.Step1c();
            state.Step2();
            state.Step3();
            state.Step4();
            state.Step5();
        }

        return new string(state.B, 0, state.K + 1);
    }

    // b[0..k] is the word being stemmed; j marks the end of the stem found by the last Ends().
    private sealed class State(char[] b)
    {
        public char[] B = b;
        public int K = b.Length - 1;
        private int j;

        public void Step1ab()
        {
            if (B[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (B[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (M() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleC(K))
                {
                    K--;
                    if (B[K] is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (M() == 1 && Cvc(K))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                B[K] = 'i';
            }
        }

        public void Step2()
        {
            switch (B[K - 1])
            {
                case 'a': _ = R("ational", "ate") || R("tional", "tion"); break;
                case 'c': _ = R("enci", "ence") || R("anci", "ance"); break;
                case 'e': _ = R("izer", "ize"); break;
                case 'l': _ = R("bli", "ble") || R("alli", "al") || R("entli", "ent") || R("eli", "e") || R("ousli", "ous"); break;
                case 'o': _ = R("ization", "ize") || R("ation", "ate") || R("ator", "ate"); break;
                case 's': _ = R("alism", "al") || R("iveness", "ive") || R("fulness", "ful") || R("ousness", "ous"); break;
                case 't': _ = R("aliti", "al") || R("iviti", "ive") || R("biliti", "ble"); break;
                case 'g': _ = R("logi", "log"); break;
                default: break;
            }
        }

        public void Step3()
        {
            switch (B[K])
            {
                case 'e': _ = R("icate", "ic") || R("ative", string.Empty) || R("alize", "al"); break;
                case 'i': _ = R("iciti", "ic"); break;
                case 'l': _ = R("ical", "ic") || R("ful", string.Empty); break;
                case 's': _ = R("ness", string.Empty); break;
                default: break;
            }
        }

        public void Step4()
        {
            if (K < 1)
            {
                return;
            }

            var found = B[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && j >= 0 && B[j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (found && M() > 1)
            {
                K = j;
            }
        }

        public void Step5()
        {
            j = K;
            if (B[K] == 'e')
            {
                var m = M();
                if (m > 1 || (m == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            if (B[K] == 'l' && DoubleC(K) && M() > 1)
            {
                K--;
            }
        }

        private bool Cons(int i) => B[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !Cons(i - 1),
            _ => true,
        };

        // The number of consonant-vowel sequences in b[0..j].
        private int M()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!Cons(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > j)
                    {
                        return n;
                    }

                    if (Cons(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > j)
                    {
                        return n;
                    }

                    if (!Cons(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
            {
                if (!Cons(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleC(int i) => i >= 1 && B[i] == B[i - 1] && Cons(i);

        private bool Cvc(int i) =>
            i >= 2 && Cons(i) && !Cons(i - 1) && Cons(i - 2) && B[i] is not ('w' or 'x' or 'y');

        private bool Ends(string s)
        {
            var l = s.Length;
            if (l > K + 1 || !B.AsSpan(K - l + 1, l).SequenceEqual(s))
            {
                return false;
            }

            j = K - l;
            return true;
        }

        private void SetTo(string s)
        {
            var needed = j + 1 + s.Length;
            if (needed > B.Length)
            {
                Array.Resize(ref B, needed);
            }

            s.CopyTo(0, B, j + 1, s.Length);
            K = j + s.Length;
        }

        // Replaces the suffix when the stem before it has measure > 0; true when the suffix matched.
        private bool R(string suffix, string replacement)
        {
            if (!Ends(suffix))
            {
                return false;
            }

            if (M() > 0)
            {
                SetTo(replacement);
            }

            return true;
        }
    }
}
