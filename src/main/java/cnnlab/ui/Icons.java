package cnnlab.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** Every icon the UI shows, by what it means; views never name an icon font directly. */
public enum Icons {
    PLAY(MaterialDesignP.PLAY),
    PAUSE(MaterialDesignP.PAUSE),
    STEP_FORWARD(MaterialDesignS.STEP_FORWARD),
    STEP_BACKWARD(MaterialDesignS.STEP_BACKWARD),
    SKIP_TO_START(MaterialDesignS.SKIP_PREVIOUS),
    SKIP_TO_END(MaterialDesignS.SKIP_NEXT),
    NEXT(MaterialDesignC.CHEVRON_RIGHT),
    PREVIOUS(MaterialDesignC.CHEVRON_LEFT),
    OPEN_IMAGE(MaterialDesignI.IMAGE_PLUS),
    EXPORT(MaterialDesignE.EXPORT),
    UNDO(MaterialDesignU.UNDO),
    REDO(MaterialDesignR.REDO),
    HELP(MaterialDesignH.HELP_CIRCLE_OUTLINE),
    RESTART(MaterialDesignR.REPLAY),
    SPEED(MaterialDesignS.SPEEDOMETER),
    LANGUAGE(MaterialDesignT.TRANSLATE),
    CHECK(MaterialDesignC.CHECK_BOLD),
    RIGHT(MaterialDesignC.CHECK_CIRCLE),
    WRONG(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    PROBLEM(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    SAMPLES(MaterialDesignI.IMAGE_MULTIPLE),
    ADD(MaterialDesignP.PLUS),
    REMOVE(MaterialDesignM.MINUS),
    NUMBERS(MaterialDesignN.NUMERIC),
    PLAYGROUND(MaterialDesignT.TUNE_VARIANT),
    LESSONS(MaterialDesignS.SCHOOL_OUTLINE),
    STOP(MaterialDesignS.STOP),
    MOVE_UP(MaterialDesignA.ARROW_UP),
    MOVE_DOWN(MaterialDesignA.ARROW_DOWN),
    NETWORK(MaterialDesignL.LAYERS_OUTLINE);

    /** The size of toolbar icons, in pixels. */
    public static final int DEFAULT_SIZE = 18;

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    /** @return the Ikonli glyph behind this icon */
    public Ikon ikon() {
        return ikon;
    }

    /** @return a new icon node of {@link #DEFAULT_SIZE} */
    public FontIcon create() {
        return create(DEFAULT_SIZE);
    }

    /**
     * @param size the glyph size in pixels
     * @return a new icon node; each call returns a fresh node, since a node has one parent
     */
    public FontIcon create(int size) {
        FontIcon icon = FontIcon.of(ikon, size);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
