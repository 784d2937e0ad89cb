using System.Buffers.Binary;
using System.IO.Compression;

namespace Summarizer.Browser.Tests.Support;

/// <summary>
/// The pixels of a screenshot: just enough PNG decoding (8-bit RGB or RGBA, not interlaced, as Chromium
/// writes them) to look at what the reader would see, with no image library.
/// </summary>
internal sealed class PngImage
{
    private readonly byte[] _rgb;

    private PngImage(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        _rgb = rgb;
    }

    public int Width { get; }

    public int Height { get; }

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 3;
            return (_rgb[i], _rgb[i + 1], _rgb[i + 2]);
        }
    }

    /// <summary>Perceived brightness 0..255 (Rec. 601 weights).</summary>
    public double Luminance(int x, int y)
    {
        var (r, g, b) = this[x, y];
        return (0.299 * r) + (0.587 * g) + (0.114 * b);
    }

    public static PngImage Decode(byte[] png)
    {
        if (png.Length < 33 || png[0] != 0x89 || png[1] != (byte)'P' || png[2] != (byte)'N' || png[3] != (byte)'G')
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at, 4));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                var (depth, color, interlace) = (data[8], data[9], data[12]);
                channels = color switch { 2 => 3, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0)
                {
                    throw new InvalidDataException($"unsupported PNG: depth {depth}, colour type {color}, interlace {interlace}");
                }
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflate = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        return new PngImage(width, height, Unfilter(raw.ToArray(), width, height, channels));
    }

    // Undoes the per-row filters of PNG (none, sub, up, average, Paeth) and drops alpha.
    private static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            Array.Copy(data, (y * (stride + 1)) + 1, row, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter} on row {y}"),
                });
            }

            for (var x = 0; x < width; x++)
            {
                Array.Copy(row, x * channels, rgb, ((y * width) + x) * 3, 3);
            }

            (previous, row) = (row, previous);
        }

        return rgb;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
