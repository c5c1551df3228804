package cnnlab.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.ClassicNetworks;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.Shape;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkBuilderViewModelTest {
    private final Messages messages = new Messages(Language.ENGLISH);

    private NetworkBuilderViewModel mnist() {
        return new NetworkBuilderViewModel(ClassicNetworks.kerasMnist(), NetworkPresets.classic(), messages);
    }

    @Test
    void showsTheEnginesSummaryOfTheKerasExample() {
        NetworkBuilderViewModel model = mnist();
        assertEquals(1_199_882, model.totalParamsProperty().get());
        assertEquals("Total: 1,199,882 parameters", model.totalProperty().get());
        assertEquals("", model.problemProperty().get());
        BuilderRow first = model.rows().get(0);
        assertEquals("26×26×32", first.summary().shape());
        assertEquals("320", first.summary().params());
        assertEquals("32 × 3×3, s1, p0", first.settings());
    }

    @Test
    void editsUpdateTheTotalsAsTheEngineCountsThem() {
        NetworkBuilderViewModel model = mnist();
        model.selectedProperty().set(0);
        model.change(LayerSetting.FILTERS, 16);
        assertEquals(model.network().summarize().totalParams(), model.totalParamsProperty().get());
        assertEquals(ClassicNetworks.kerasMnist().summarize().totalParams() - 160 - 16 * 64 * 9,
                model.totalParamsProperty().get(), "16 fewer 3×3 filters, and conv_2 sees 16 fewer channels");

        model.selectedProperty().set(4); // the max pool
        model.remove();
        assertEquals(9, model.layers().size());
        assertEquals(List.of(36_864), List.of(Integer.parseInt(model.rows().get(5).summary().shape().replace(",", ""))),
                "24×24×64 flattened without the pool");
        assertEquals(model.network().summarize().totalParams(), model.totalParamsProperty().get());
    }

    @Test
    void aLayerThatCannotFollowGetsAnErrorRowAndTheLayersAfterItWait() {
        NetworkBuilderViewModel model = mnist();
        model.selectedProperty().set(6); // flatten
        model.move(1);                     // now dense comes before flatten
        assertEquals("dense", model.layers().get(6).type());
        assertEquals(7, model.selectedProperty().get());
        BuilderRow failed = model.rows().get(6);
        assertTrue(failed.failed());
        assertEquals("layer 7 (dense_1): a dense layer needs a flatten layer before it", failed.problem());
        assertNull(failed.summary());
        assertNull(model.rows().get(8).summary(), "layers after the failing one are not summarised");
        assertEquals(-1, model.totalParamsProperty().get());
        assertEquals("Total: fix layer 7 first", model.totalProperty().get());
        model.move(-1);
        assertEquals(1_199_882, model.totalParamsProperty().get());
    }

    @Test
    void addInsertsAfterTheSelectionAndPresetsLoad() {
        NetworkBuilderViewModel model = new NetworkBuilderViewModel(new Network(new Shape(1, 8, 8), List.of()),
                NetworkPresets.classic(), messages);
        assertEquals(0, model.totalParamsProperty().get());
        model.add("conv");
        model.add("relu");
        model.selectedProperty().set(0);
        model.add("maxpool");
        assertEquals(List.of("conv", "maxpool", "relu"), model.layers().stream().map(LayerSpec::type).toList());
        assertEquals("3×3×16", model.rows().get(1).summary().shape(), "6×6 pooled by 2");
        model.heightProperty().set(2);
        assertTrue(model.rows().get(0).failed(), "a 3×3 kernel does not fit a 2-row input");
        assertTrue(model.problemProperty().get().contains("3 rows tall"), model.problemProperty().get());

        model.load(model.presets().stream().filter(p -> p.name().equals("VGG-16")).findFirst().orElseThrow().network());
        assertEquals(138_357_544, model.totalParamsProperty().get());
        assertEquals(-1, model.selectedProperty().get());
    }
}
