"""The numpy peer of `npm run bench:scoring`: the same work as `score()` of #evaluation on the same data.

Reads a JSON job on stdin: the path of the raw matrix (float64, little-endian, row-major m × n), the
criteria directions, the Monte Carlo options and the run counts. Computes, as the engine does:
validation (finite, non-negative), min-max per column (cost columns flipped, a constant column 1),
entropy weights on the raw values, the weighted sum clamped to [0, 1] (the engine divides it by
the weights' sum, 1 up to the last bit: the scores agree within 1e-12), standard competition ranks
with the tie rule |a - b| <= 1e-9 * max(1, |a|, |b|) against the group's leader; then the Monte
Carlo: mulberry32(seed) in the same order (one number per criterion and draw), w' = max(0, w(1 +
(2u - 1)noise)) rescaled, scores, tie-aware ranks of every draw, the rank histogram, the rank
probabilities, and the nearest-rank p5 / median / p95. Writes one JSON object on stdout: the
results to check against the engine's, and the times (ms) of each run after the warm-ups.
"""

import hashlib
import json
import sys
import time

import numpy as np

TIE = 1e-9


def mulberry32_stream(seed, count):
    """`count` numbers of mulberry32(seed), vectorised: the k-th state is seed + k * 0x6D2B79F5."""
    k = np.arange(1, count + 1, dtype=np.uint64)
    state = ((np.uint64(seed & 0xFFFFFFFF) + k * np.uint64(0x6D2B79F5)) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    t = state
    t = (t ^ (t >> np.uint32(15))) * (t | np.uint32(1))
    t = t ^ (t + (t ^ (t >> np.uint32(7))) * (t | np.uint32(61)))
    return (t ^ (t >> np.uint32(14))).astype(np.float64) / 4294967296.0


def validate(matrix):
    if not np.isfinite(matrix).all():
        raise ValueError("matrix must be finite")
    if (matrix < 0).any():
        raise ValueError("matrix must not be negative under entropy weighting")


def min_max(matrix, cost):
    lo = matrix.min(axis=0)
    hi = matrix.max(axis=0)
    span = hi - lo
    constant = span == 0
    safe = np.where(constant, 1.0, span)
    out = np.where(cost, (hi - matrix) / safe, (matrix - lo) / safe)
    out[:, constant] = 1.0
    return np.clip(out, 0.0, 1.0)


def entropy_weights(matrix):
    m, n = matrix.shape
    total = matrix.sum(axis=0)
    informative = (matrix.max(axis=0) > 0) & (matrix != matrix[0]).any(axis=0) & (m > 1)
    p = matrix / np.where(total == 0, 1.0, total)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0)
    e = np.minimum(-plogp.sum(axis=0) / np.log(m), 1.0)
    e = np.where(informative, e, 1.0)
    divergence = 1.0 - e
    if (divergence == 0).all():
        return np.full(n, 1.0 / n)
    return divergence / divergence.sum()


def competition_ranks(scores):
    """Ranks of one column of scores: competition ranking, groups formed against the group's leader."""
    order = np.lexsort((np.arange(scores.size), -scores))  # descending score, then index
    s = scores[order]
    ranks = np.empty(scores.size, dtype=np.int32)
    # Where no neighbour ties, the rank is the position; a run of neighbours that tie is scanned
    # as the engine does (against the leader, the tie rule not being transitive).
    adjacent = np.abs(np.diff(s)) <= TIE * np.maximum(1.0, np.maximum(np.abs(s[:-1]), np.abs(s[1:])))
    positions = np.arange(1, scores.size + 1, dtype=np.int32)
    if not adjacent.any():
        ranks[order] = positions
        return ranks
    by_position = positions.copy()
    for start in np.flatnonzero(adjacent & ~np.concatenate(([False], adjacent[:-1]))):
        end = start + 1
        while end < adjacent.size and adjacent[end]:
            end += 1
        leader = s[start]
        rank = start + 1
        for position in range(start, end + 1):
            value = s[position]
            if position != start and not abs(leader - value) <= TIE * max(1.0, abs(leader), abs(value)):
                leader = value
                rank = position + 1
            by_position[position] = rank
    ranks[order] = by_position
    return ranks


def draw_ranks(scores):
    """Competition ranks of every draw at once: scores is draws × m (a row per draw), the result too."""
    draws, m = scores.shape
    # Equal scores may come out in any order: they tie, so their rank is the same either way (a
    # row with any tie between neighbours is ranked again the exact way below).
    order = np.argsort(-scores, axis=1)
    s = np.take_along_axis(scores, order, axis=1)
    adjacent = np.abs(np.diff(s, axis=1)) <= TIE * np.maximum(1.0, np.maximum(np.abs(s[:, :-1]), np.abs(s[:, 1:])))
    positions = np.broadcast_to(np.arange(1, m + 1, dtype=np.int32), (draws, m))
    ranks = np.empty((draws, m), dtype=np.int32)
    np.put_along_axis(ranks, order, positions, axis=1)
    for d in np.flatnonzero(adjacent.any(axis=1)):  # draws with a tie: that row the exact way
        ranks[d] = competition_ranks(scores[d])
    return ranks


def score(matrix, cost):
    validate(matrix)
    normalized = min_max(matrix, cost)
    weights = entropy_weights(matrix)
    scores = np.clip(normalized @ weights, 0.0, 1.0)
    return normalized, weights, scores, competition_ranks(scores)


def nearest_rank(draws, percent):
    return max(1, -(-percent * draws // 100))


def monte_carlo(normalized, weights, draws, noise, seed):
    m, n = normalized.shape
    u = mulberry32_stream(seed, draws * n).reshape(draws, n)
    w = np.maximum(weights * (1.0 + (2.0 * u - 1.0) * noise), 0.0)
    sums = w.sum(axis=1, keepdims=True)
    w = np.where(sums > 0, w / np.where(sums > 0, sums, 1.0), weights)
    scores = np.clip(w @ normalized.T, 0.0, 1.0)  # draws × m
    ranks = draw_ranks(scores)
    counts = np.bincount((np.arange(m, dtype=np.int64) * m + ranks - 1).ravel(), minlength=m * m).reshape(m, m)
    probabilities = counts / draws
    cumulative = np.cumsum(counts, axis=1)
    p5, p50, p95 = (np.argmax(cumulative >= nearest_rank(draws, p), axis=1) + 1 for p in (5, 50, 95))
    return counts, probabilities, p5, p50, p95


def timed(fn, warmup, runs):
    """Wall time of each run, and the process's CPU time (all threads: BLAS may use several)."""
    for _ in range(warmup):
        fn()
    times, cpu = [], []
    for _ in range(runs):
        cpu_start = time.process_time()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return times, cpu


def main():
    job = json.load(sys.stdin)
    m, n = job["rows"], job["columns"]
    matrix = np.fromfile(job["matrix"], dtype="<f8").reshape(m, n)
    cost = np.array([d == "cost" for d in job["directions"]])
    mc = job["mc"]

    normalized, weights, scores, ranks = score(matrix, cost)
    counts, _, p5, p50, p95 = monte_carlo(normalized, weights, mc["draws"], mc["noise"], mc["seed"])

    def both():
        normalized, weights, _, _ = score(matrix, cost)
        monte_carlo(normalized, weights, mc["draws"], mc["noise"], mc["seed"])

    plain, plain_cpu = timed(lambda: score(matrix, cost), job["warmup"], job["runs"])
    with_mc, mc_cpu = timed(both, job["mcWarmup"], job["mcRuns"])
    json.dump(
        {
            "numpy": np.__version__,
            "python": sys.version.split()[0],
            "weights": weights.tolist(),
            "scores": scores.tolist(),
            "ranks": ranks.tolist(),
            "mc": {
                "medianRank": p50.tolist(),
                "p5": p5.tolist(),
                "p95": p95.tolist(),
                "countsSha256": hashlib.sha256(counts.astype("<i4").tobytes()).hexdigest(),
            },
            "plainMs": plain,
            "plainCpuMs": plain_cpu,
            "mcMs": with_mc,
            "mcCpuMs": mc_cpu,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
