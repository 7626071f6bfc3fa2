using System;
using System.Collections.Generic;
using Google.Protobuf;
using Onnx;

namespace EdgeEcg.ModelTools.Export;

/// <summary>Small helper over OnnxSharp's protobuf types for building an ONNX graph node by node.</summary>
public sealed class OnnxGraphBuilder
{
    /// <summary>Default ONNX opset (13 is the first with per-axis QuantizeLinear/DequantizeLinear).</summary>
    public const long Opset = 17;

    private readonly GraphProto graph;
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>Creates an empty graph.</summary>
    /// <param name="name">Graph name.</param>
    public OnnxGraphBuilder(string name) => graph = new GraphProto { Name = name };

    /// <summary>The graph being built.</summary>
    public GraphProto Graph => graph;

    /// <summary>Adds a graph input with a symbolic batch dimension "N" followed by fixed dimensions.</summary>
    /// <param name="name">Input name.</param>
    /// <param name="elementType">ONNX element type.</param>
    /// <param name="dims">Dimensions after the batch dimension.</param>
    public void AddInput(string name, TensorProto.Types.DataType elementType, params long[] dims) =>
        graph.Input.Add(ValueInfo(name, elementType, dims));

    /// <summary>Adds a graph output with a symbolic batch dimension, or with unknown shape when dims is null.</summary>
    /// <param name="name">Output name.</param>
    /// <param name="elementType">ONNX element type.</param>
    /// <param name="dims">Dimensions after the batch dimension, or null.</param>
    public void AddOutput(string name, TensorProto.Types.DataType elementType, long[]? dims) =>
        graph.Output.Add(dims is null
            ? new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)elementType } } }
            : ValueInfo(name, elementType, dims));

    /// <summary>Adds a float initializer.</summary>
    /// <param name="name">Tensor name.</param>
    /// <param name="values">Values, row-major.</param>
    /// <param name="dims">Shape (empty for a scalar).</param>
    public string AddFloats(string name, float[] values, params long[] dims)
    {
        var t = Tensor(name, TensorProto.Types.DataType.Float, dims);
        t.FloatData.AddRange(values);
        graph.Initializer.Add(t);
        return name;
    }

    /// <summary>Adds an int8 initializer (stored as raw bytes, one per value).</summary>
    /// <param name="name">Tensor name.</param>
    /// <param name="values">Values, row-major.</param>
    /// <param name="dims">Shape (empty for a scalar).</param>
    public string AddInt8(string name, sbyte[] values, params long[] dims)
    {
        var t = Tensor(name, TensorProto.Types.DataType.Int8, dims);
        var bytes = new byte[values.Length];
        Buffer.BlockCopy(values, 0, bytes, 0, values.Length);
        t.RawData = ByteString.CopyFrom(bytes);
        graph.Initializer.Add(t);
        return name;
    }

    /// <summary>Adds an int32 initializer.</summary>
    /// <param name="name">Tensor name.</param>
    /// <param name="values">Values, row-major.</param>
    /// <param name="dims">Shape (empty for a scalar).</param>
    public string AddInt32(string name, int[] values, params long[] dims)
    {
        var t = Tensor(name, TensorProto.Types.DataType.Int32, dims);
        t.Int32Data.AddRange(values);
        graph.Initializer.Add(t);
        return name;
    }

    /// <summary>Adds a node and returns its first output name.</summary>
    /// <param name="opType">Operator, e.g. "Conv".</param>
    /// <param name="inputs">Input tensor names.</param>
    /// <param name="output">Output tensor name (must be unique in the graph).</param>
    /// <param name="attributes">Attributes.</param>
    public string AddNode(string opType, string[] inputs, string output, params AttributeProto[] attributes)
    {
        if (!names.Add(output))
            throw new InvalidOperationException($"tensor name {output} is produced twice");
        var node = new NodeProto { OpType = opType, Name = output + "/" + opType };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        graph.Node.Add(node);
        return output;
    }

    /// <summary>An integer attribute.</summary>
    /// <param name="name">Attribute name.</param>
    /// <param name="value">Value.</param>
    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    /// <summary>An integer-list attribute.</summary>
    /// <param name="name">Attribute name.</param>
    /// <param name="values">Values.</param>
    public static AttributeProto Ints(string name, params long[] values)
    {
        var a = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        a.Ints.AddRange(values);
        return a;
    }

    /// <summary>Wraps the graph in a model with the default opset and the given metadata.</summary>
    /// <param name="docString">Model description.</param>
    /// <param name="metadata">Metadata properties (key, value).</param>
    public ModelProto ToModel(string docString, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        var model = new ModelProto
        {
            IrVersion = 8,
            ProducerName = "edgeecg-model",
            ProducerVersion = "1",
            DocString = docString,
            Graph = graph,
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = Opset });
        foreach (var kv in metadata)
            model.MetadataProps.Add(new StringStringEntryProto { Key = kv.Key, Value = kv.Value });
        return model;
    }

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] dims)
    {
        var t = new TensorProto { Name = name, DataType = (int)type };
        t.Dims.AddRange(dims);
        return t;
    }

    private static ValueInfoProto ValueInfo(string name, TensorProto.Types.DataType elementType, long[] dims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        foreach (long d in dims)
            shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = d });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)elementType, Shape = shape } },
        };
    }
}
