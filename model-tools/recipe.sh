#!/usr/bin/env bash
# EdgeEcg beat classifier recipe: the one command that makes the shipped model bundle.
#   DS1 dataset (device DSP and detector; the detected beats labelled by the reference) -> TorchSharp training -> FP32 + INT8 QDQ ONNX export with
#   ONNX Runtime checks -> EC57 reports on DS2 (INT8 and FP32, through the device chain and ONNX Runtime).
# Usage: model-tools/recipe.sh [bundle-folder]   (default model-tools/models/beat-mobilenet-0.10.1)
# Needs the MIT-BIH data (EDGEECG_DATA or ../shared/data). Intermediate files go to artifacts/recipe (git-ignored);
# delete that folder to start from scratch (an existing checkpoint with the same options is resumed).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-model-tools/models/beat-mobilenet-0.10.1}
WORK=${WORK:-artifacts/recipe}
dotnet build model-tools/EdgeEcg.ModelTools -c Release -v q
TOOL=(dotnet model-tools/EdgeEcg.ModelTools/bin/Release/net10.0/edgeecg-model.dll)
"${TOOL[@]}" dataset --split ds1 --beats detected --out "$WORK/ds1.bin"
# Options chosen by patient-wise 4-fold cross-validation inside DS1 (models/beat-mobilenet-0.10.1/cv-ds1.md; the V noise reject ratio: session 6 there; the mixed ensemble, --augmented-seeds, and the run veto: session 11).
TRAIN_OPTIONS=(--epochs 6 --class-weight-power 0.25 --normal-fraction 1.0 --width 0.5 --image-dropout 0.5 --members 3 --beats detected --seed 20261125 --noise-reject 3 --apc-augmentation 0.1 --apc-af-share 0.5 --augmented-seeds 20261126,20261127 --run-veto --model-version 0.10.1)
"${TOOL[@]}" train --dataset "$WORK/ds1.bin" --split ds1 --out "$WORK/train" "${TRAIN_OPTIONS[@]}" \
  --recorded-command "model-tools/recipe.sh (train ${TRAIN_OPTIONS[*]})" | tee "$WORK/train.log"
mkdir -p "$OUT"
cp "$WORK/train/beat-classifier-int8.onnx" "$WORK/train/metadata.json" "$OUT/"
"${TOOL[@]}" eval beats --model "$OUT/beat-classifier-int8.onnx" --split ds2 --json "$OUT/ds2-int8.json" --markdown "$OUT/ds2-int8.md"
"${TOOL[@]}" eval beats --model "$WORK/train/beat-classifier-fp32.onnx" --split ds2 --json "$OUT/ds2-fp32.json" --markdown "$OUT/ds2-fp32.md"
