using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Export;

/// <summary>What an export produced and the measurements that prove it.</summary>
/// <param name="Fp32Path">FP32 ONNX file.</param>
/// <param name="Int8Path">INT8 QDQ ONNX file.</param>
/// <param name="Fp32Bytes">FP32 file size.</param>
/// <param name="Int8Bytes">INT8 file size.</param>
/// <param name="MaxAbsLogitDifference">Largest |TorchSharp − ONNX Runtime FP32| logit over the check beats.</param>
/// <param name="CalibrationMethod">The calibration method chosen (highest INT8/FP32 label agreement).</param>
/// <param name="AgreementByMethod">INT8/FP32 label agreement (fraction) of each calibration method tried.</param>
/// <param name="CheckBeats">Beats the checks ran on.</param>
/// <param name="FusedQLinearConv">QLinearConv nodes in ONNX Runtime's optimised INT8 graph.</param>
/// <param name="RemainingFloatConv">Float Conv nodes left in that graph (0 = every convolution runs in int8).</param>
public sealed record ExportResult(
    string Fp32Path, string Int8Path, long Fp32Bytes, long Int8Bytes, double MaxAbsLogitDifference,
    CalibrationMethod CalibrationMethod, IReadOnlyDictionary<string, double> AgreementByMethod, int CheckBeats,
    int FusedQLinearConv, int RemainingFloatConv);
