package org.cstoquiz.engine.generate;

/** Writes the questions of one area of knowledge into the context. */
interface AreaGenerator {

    void generate(Context ctx);
}
