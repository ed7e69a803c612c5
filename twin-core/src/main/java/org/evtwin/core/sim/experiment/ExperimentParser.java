package org.evtwin.core.sim.experiment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.evtwin.core.sim.experiment.Lexer.Segment;
import org.evtwin.core.sim.experiment.StepParser.Directive;
import org.evtwin.core.sim.experiment.StepParser.EndLine;
import org.evtwin.core.sim.experiment.StepParser.RepeatLine;
import org.evtwin.core.sim.experiment.StepParser.StepLine;

/**
 * Builds the block structure of an experiment from its step lines and expands the repeat blocks. Sizes are counted
 * before anything is expanded, so a huge repeat count fails fast instead of filling the memory.
 */
final class ExperimentParser {

    private sealed interface Node permits Leaf, Block {
    }

    private record Leaf(ExperimentStep step, long times) implements Node {
    }

    private record Block(long count, List<Node> body) implements Node {
    }

    /** An open repeat block (or the whole experiment, with {@code opening == null}). */
    private static final class Frame {
        final RepeatLine opening;
        final List<Node> body = new ArrayList<>();
        long size;

        Frame(RepeatLine opening) {
            this.opening = opening;
        }

        void add(Node node, long nodeSize, Spot where) {
            if (nodeSize > Experiment.MAX_STEPS || size + nodeSize > Experiment.MAX_STEPS) {
                throw tooLong(where);
            }
            size += nodeSize;
            body.add(node);
        }
    }

    private ExperimentParser() {
    }

    static Experiment parse(String text, Set<String> knownProfiles) {
        StepParser stepParser = new StepParser(knownProfiles);
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(null));
        for (Segment segment : Lexer.split(text)) {
            for (Directive d : stepParser.parse(segment)) {
                switch (d) {
                    case StepLine s -> open.peek().add(new Leaf(s.step(), s.times()), s.times(), s.where());
                    case RepeatLine r -> open.push(new Frame(r));
                    case EndLine e -> close(open, e);
                }
            }
        }
        if (open.size() > 1) {
            throw open.peek().opening.keyword().error("this repeat block has no matching \"End\"");
        }
        Frame root = open.pop();
        if (root.body.isEmpty()) {
            throw ExperimentParseException.noSteps();
        }
        return new Experiment(expand(root.body, (int) root.size));
    }

    private static void close(Deque<Frame> open, EndLine end) {
        if (open.size() == 1) {
            throw end.where().error("\"End\" without a matching \"Repeat\"");
        }
        Frame f = open.pop();
        if (f.body.isEmpty()) {
            throw f.opening.keyword().error("this repeat block has no steps");
        }
        long count = f.opening.count();
        if (count > Experiment.MAX_STEPS || count * f.size > Experiment.MAX_STEPS) {
            throw tooLong(f.opening.countSpot());
        }
        open.peek().add(new Block(count, List.copyOf(f.body)), count * f.size, f.opening.countSpot());
    }

    private static ExperimentParseException tooLong(Spot where) {
        return where.error("the experiment would expand to more than " + Experiment.MAX_STEPS + " steps");
    }

    /** Position in a block body being expanded; iterative so deep nesting cannot overflow the stack. */
    private static final class Walk {
        final List<Node> body;
        long remaining;
        int index;

        Walk(List<Node> body, long remaining) {
            this.body = body;
            this.remaining = remaining;
        }
    }

    private static List<ExperimentStep> expand(List<Node> top, int size) {
        List<ExperimentStep> steps = new ArrayList<>(size);
        Deque<Walk> walks = new ArrayDeque<>();
        walks.push(new Walk(top, 1));
        while (!walks.isEmpty()) {
            Walk w = walks.peek();
            if (w.index == w.body.size()) {
                w.index = 0;
                if (--w.remaining == 0) {
                    walks.pop();
                }
                continue;
            }
            switch (w.body.get(w.index++)) {
                case Leaf leaf -> {
                    for (long i = 0; i < leaf.times(); i++) {
                        steps.add(leaf.step());
                    }
                }
                case Block block -> walks.push(new Walk(block.body(), block.count()));
            }
        }
        return steps;
    }
}
