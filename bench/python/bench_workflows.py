"""The Python side of `bench/run python-vs-java`: the same agent, tool and activity options as the
Java bench's BenchAgent (generated) with BenchTools, written with Temporal's OpenAI Agents
integration (OpenAIAgentsPlugin, activity_as_tool, Runner.run in a workflow)."""

from dataclasses import dataclass
from datetime import timedelta

from temporalio import activity, workflow
from temporalio.exceptions import ApplicationError

with workflow.unsafe.imports_passed_through():
    from agents import Agent, Runner
    from temporalio.contrib.openai_agents.workflow import activity_as_tool

WORDS = "the quick brown fox jumps over the lazy dog while durable agents keep their state "


def filler(prefix: str, length: int) -> str:
    """prefix followed by filler words, length characters in all (as the Java bench's Texts)."""
    text = prefix
    while len(text) < length:
        text += WORDS[: min(len(WORDS), length - len(text))]
    return text


NAME = "Bench agent"
INSTRUCTIONS = "Answer the question; look facts up with the lookup tool."


@dataclass
class Fact:
    key: str
    value: str


@activity.defn
async def lookup(key: str) -> Fact:
    """Look up the fact stored under a key."""
    return Fact(key=key, value="value of " + key)


@workflow.defn
class BenchAgentWorkflow:
    @workflow.run
    async def run(self, question: str) -> str:
        agent = Agent(
            name=NAME,
            instructions=INSTRUCTIONS,
            tools=[activity_as_tool(lookup, start_to_close_timeout=timedelta(seconds=10))],
        )
        result = await Runner.run(agent, question, max_turns=50)
        return result.final_output


@workflow.defn
class ChatWorkflow:
    """A conversation: each turn one Runner.run on the last run's to_input_list() plus a new user
    message, as the customer-service sample does; default settings."""

    @workflow.run
    async def run(self, turns: int, chars: int) -> int:
        agent = Agent(name="Chat agent", instructions="Answer the user.")
        items = []
        for turn in range(1, turns + 1):
            message = filler("Question %d: " % turn, chars)
            items = items + [{"role": "user", "content": message}]
            result = await Runner.run(agent, items, max_turns=5)
            if not result.final_output.startswith("Answer %d:" % turn):
                raise ApplicationError("The model did not receive the whole conversation")
            items = result.to_input_list()
        return len(items)
