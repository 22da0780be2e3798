#!/usr/bin/env bash
# Time to mine the seed article and a 1 MB article (the largest upload) with the whole mining pipeline.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" app.yuedu.bench.MiningBench "$@"
