#!/usr/bin/env bash
# GPU check of the ASR stage: raw faster-whisper batched vs callqa's ASR path, Whisper base,
# batch sizes 8/16/32, real-time factor and GPU utilisation (bench/gpu_check.py).
#
# 1. Here (a machine with a package registry), from the repo root, once:
#      bash bench/gpu_check.sh stage
#    → .gpu/p00, p01, ... (60 MB parts, git-ignored): cuBLAS 12 (xz), cp312 wheels of
#    ctranslate2 4.8.5 / faster-whisper 1.2.1 / av<19 (../shared/tools/gpu_stage.sh) plus
#    soundfile, soxr, opencc, cffi, pycparser (callqa.asr's own needs, absent there), and the
#    embedded Whisper base model.
# 2. On the GPU machine (CUDA 13, no registry), from the repo root, with .gpu carried
#    (over several calls if the parts exceed one call's carry limit; they are unpacked once into
#    /tmp/gpu, which a warm machine keeps, so later calls may carry nothing):
#      bash bench/gpu_check.sh
#    Writes $OUT/gpu_check.json (every row and utilisation figure), $OUT/gpu_check.log and
#    $OUT/nvidia-smi.txt. Staging takes about 1-2 minutes, the measurements 2-3.
set -euo pipefail
cd "$(dirname "$0")/.."
stage=${GPU_STAGE:-/tmp/gpu}
out=${OUT:-out/gpu}

if [ "${1:-}" = stage ]; then
  wheels=$(mktemp -d)
  python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
    --platform manylinux2014_x86_64 --platform manylinux1_x86_64 -d "$wheels" \
    soundfile==0.13.1 soxr==1.1.0 opencc==1.4.2 cffi pycparser
  model=$(cd models/assets/whisper-base-ct2 && pwd -P)
  bash "${GPU_STAGE_TOOL:-../shared/tools/gpu_stage.sh}" "$PWD" "$model" "$wheels"/*.whl
  rm -rf "$wheels"
  exit 0
fi

mkdir -p "$out"
t0=$(date +%s)
if [ ! -f "$stage/.ready" ]; then
  ls .gpu/p?? >/dev/null 2>&1 || { echo "no staged files: neither $stage/.ready nor .gpu/p?? (run 'bash bench/gpu_check.sh stage' here first)"; exit 2; }
  rm -rf "$stage"; mkdir -p "$stage/lib" "$stage/site" "$stage/models"
  cat .gpu/p?? | tar x -C "$stage"
  xz -T0 -dc "$stage/cublas.xz" > "$stage/lib/libcublas.so.12"
  xz -T0 -dc "$stage/lt.xz" > "$stage/lib/libcublasLt.so.12"
  python3 -m pip install -q --no-index --no-deps --no-compile --target "$stage/site" "$stage"/wheels/*.whl "$stage"/extra/*.whl
  ln -sfn "$stage/model" "$stage/models/whisper-base-ct2"
  touch "$stage/.ready"
fi
echo "staged in $(( $(date +%s) - t0 )) s"
# callqa's packages straight from this tree (what `pip install -e .` would map).
mkdir -p "$stage/ns/callqa"
for p in asr models rules pipelines; do ln -sfn "$PWD/$p" "$stage/ns/callqa/$p"; done
nvidia-smi > "$out/nvidia-smi.txt" 2>&1 || true
export PYTHONPATH="$stage/site:$stage/ns:$PWD" LD_LIBRARY_PATH="$stage/lib:${LD_LIBRARY_PATH:-}"
export CALLQA_MODELS_DIR="$stage/models" PYTHONUNBUFFERED=1
set -o pipefail
timeout 270 python3 bench/gpu_check.py --repeat "${REPEAT:-8}" --batch-sizes "${BATCH_SIZES:-8,16,32}" \
  --out "$out/gpu_check.json" 2>&1 | tee "$out/gpu_check.log"
echo "total $(( $(date +%s) - t0 )) s"
