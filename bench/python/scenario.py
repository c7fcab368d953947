"""Runs one measurement of `bench/run python-vs-java` on the Python side and prints one JSON line.

  python scenario.py ADDRESS BASE_URL single WARMUPS REPS
  python scenario.py ADDRESS BASE_URL concurrent N SLOTS
  python scenario.py ADDRESS BASE_URL chat TURNS CHARS

The worker and the client run in this process (as on the Java side); CPU seconds and peak RSS are
this process's. The model is the shared OpenAI-compatible stub at BASE_URL (Responses API).
"""

import asyncio
import json
import os
import resource
import sys
import time
import uuid
from datetime import timedelta

os.environ.setdefault("OPENAI_API_KEY", "sk-bench")
os.environ.setdefault("OPENAI_AGENTS_DISABLE_TRACING", "1")

from temporalio.client import Client  # noqa: E402
from temporalio.contrib.openai_agents import ModelActivityParameters, OpenAIAgentsPlugin  # noqa: E402
from temporalio.worker import Worker  # noqa: E402

import bench_workflows  # noqa: E402

TASK_QUEUE = "bench-python-" + uuid.uuid4().hex[:8]
WARM_UP = 10  # runs before a concurrent measurement, not measured (as on the Java side)


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KB on Linux


async def main() -> None:
    address, base_url, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    args = [int(a) for a in sys.argv[4:]]
    os.environ["OPENAI_BASE_URL"] = base_url
    plugin = OpenAIAgentsPlugin(
        model_params=ModelActivityParameters(start_to_close_timeout=timedelta(seconds=60))
    )
    client = await Client.connect(address, plugins=[plugin])
    slots = args[1] if mode == "concurrent" else 200
    async with Worker(
        client,
        task_queue=TASK_QUEUE,
        workflows=[bench_workflows.BenchAgentWorkflow, bench_workflows.ChatWorkflow],
        activities=[bench_workflows.lookup],
        max_concurrent_activities=slots,
        max_concurrent_workflow_tasks=slots,
        max_cached_workflows=max(slots, 1000),
    ):
        expected = "Done after 10 lookups."
        if mode == "single":
            warmups, reps = args
            times, last = [], None
            for i in range(warmups + reps):
                wid = "py-single-%s-%d" % (TASK_QUEUE, i)
                start = time.perf_counter()
                answer = await client.execute_workflow(
                    bench_workflows.BenchAgentWorkflow.run, "What are the facts?", id=wid,
                    task_queue=TASK_QUEUE)
                elapsed = (time.perf_counter() - start) * 1000
                if answer != expected:
                    raise SystemExit("answered %r" % answer)
                if i >= warmups:
                    times.append(elapsed)
                last = wid
            print(json.dumps({"ms": times, "workflowId": last}))
        elif mode == "concurrent":
            n = args[0]
            warm = [
                await client.start_workflow(
                    bench_workflows.BenchAgentWorkflow.run, "What are the facts?",
                    id="py-warm-%s-%d" % (TASK_QUEUE, i), task_queue=TASK_QUEUE)
                for i in range(WARM_UP)
            ]
            for h in warm:
                if await h.result() != expected:
                    raise SystemExit("warm-up run failed")
            cpu0 = cpu_seconds()
            start = time.perf_counter()
            handles = [
                await client.start_workflow(
                    bench_workflows.BenchAgentWorkflow.run, "What are the facts?",
                    id="py-tp-%s-%d" % (TASK_QUEUE, i), task_queue=TASK_QUEUE)
                for i in range(n)
            ]
            results = await asyncio.gather(*[h.result() for h in handles], return_exceptions=True)
            seconds = time.perf_counter() - start
            failed = sum(1 for r in results if r != expected)
            print(json.dumps({
                "n": n, "completed": n - failed, "failed": failed, "seconds": seconds,
                "cpuSeconds": cpu_seconds() - cpu0, "peakRssMb": peak_rss_mb()}))
        elif mode == "chat":
            turns, chars = args
            wid = "py-chat-%s-%d" % (TASK_QUEUE, turns)
            await client.execute_workflow(
                bench_workflows.ChatWorkflow.run, args=[turns, chars], id=wid,
                task_queue=TASK_QUEUE, run_timeout=timedelta(minutes=30))
            print(json.dumps({"workflowId": wid}))
        else:
            raise SystemExit("unknown mode " + mode)


if __name__ == "__main__":
    asyncio.run(main())
