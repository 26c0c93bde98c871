package org.cstoquiz.engine.generate;

/** One family of questions: writes every question of its kind the facts support into the context. */
interface Family {

    void generate(Context ctx);
}
