# The set-up the resize benchmarks share; run.sh, batches.sh and floor.sh source it.
# bench_setup NAME TOOL...: goes to the repository root, checks the jar and the tools, sets $jar and $site,
# and makes $work (target/NAME, or $WORK) afresh with the photo generator compiled in $work/classes.
bench_setup() {
  local name=$1 tool package
  shift
  cd "$(dirname "${BASH_SOURCE[0]}")/../.."
  work=$(realpath -m "${WORK:-target/$name}")
  jar=cli/target/congkit.jar
  site=benchmarks/resize/bench-site.json
  [ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
  for tool in "$@"; do
    case $tool in
      vipsthumbnail) package=libvips-tools ;;
      compare) package=imagemagick ;;
      *) package=time ;;
    esac
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y $package" >&2; exit 2; }
  done
  rm -rf "$work" && mkdir -p "$work/classes"
  javac -d "$work/classes" benchmarks/resize/GenPhotos.java
}
