namespace YiwuGraph.Extraction.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>; the defaults build the shipped model.</summary>
public sealed record NerTrainerOptions
{
    public int Epochs { get; init; } = 15;

    public int Seed { get; init; } = 20260322;

    /// <summary>Independent perceptrons (seeds <c>Seed</c>, <c>Seed + 1</c>, …) whose averaged weights are mixed into the model.</summary>
    public int Runs { get; init; } = 5;

    /// <summary>How many runs train at once; any value gives the same model.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Features seen fewer times than this in training are dropped before training.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>
    /// Features whose largest absolute averaged weight (on the mixed weights) is below this are dropped after
    /// training. Tagging waits on memory, one weight lookup per feature: 2.0 keeps 62 % of the features that
    /// 1.0 kept (225,479 of 362,066 for the shipped model), which halves the tagger's table (8 MB instead of
    /// 16 MB) for 0.06 F1 on MSRA dev and 0.09 on CLUENER's (see the Ner README).
    /// </summary>
    public float PruneThreshold { get; init; } = 2.0f;

    /// <summary>Number of contiguous folds for the jack-knifed training-set entity dictionary (0 = no dictionary).</summary>
    public int DictionaryFolds { get; init; } = 10;

    /// <summary>How to learn character classes from the training text (and <see cref="UnlabelledText"/>); null for none.</summary>
    public CharClusterOptions? Clusters { get; init; } = new();

    /// <summary>
    /// Character classes from elsewhere (<see cref="CharClassFile"/>, e.g. from LAC's pretrained embeddings), added
    /// after the learned levels and stored in the model with them; null for none.
    /// </summary>
    public CharClusters? PretrainedClasses { get; init; }

    /// <summary>More raw sentences for the character classes only (never for the tagger's weights).</summary>
    public IReadOnlyList<string> UnlabelledText { get; init; } = [];

    /// <summary>
    /// When set, an entity the model predicts wholly inside the O characters of a <see cref="NerSentence.Partial"/>
    /// sentence is not counted as a mistake (the annotators may simply not have marked it); when not, every O is
    /// trusted as in MSRA.
    /// </summary>
    public bool PartialOutside { get; init; }

    /// <summary>
    /// When set, every feature of a <see cref="NerSentence.Partial"/> sentence also fires as a copy of its own
    /// (feature augmentation, Daumé 2007): the shared weights learn from both corpora, the copies absorb where
    /// the partial corpus's conventions differ, and the model drops the copies, so it tags as the complete
    /// corpus (MSRA) is annotated.
    /// </summary>
    public bool CorpusOwnFeatures { get; init; }

    /// <summary>
    /// With <see cref="CorpusOwnFeatures"/> and <see cref="PretrainedClasses"/>: the pretrained classes' features of a
    /// partial sentence fire in the shared copy only, not as corpus-own copies, so the partial corpus's own weights
    /// are those of the features without them (every LAC variant measured lost CLUENER's organisations; see the Ner
    /// README). Off by default: the copies are then every feature, as for the shipped model.
    /// </summary>
    public bool PretrainedClassesSharedOnly { get; init; }

    /// <summary>
    /// With <see cref="PretrainedClasses"/>: the pretrained classes' features fire on complete sentences (MSRA) only,
    /// not at all on <see cref="NerSentence.Partial"/> ones (CLUENER), neither shared nor as corpus-own copies, so
    /// their weights are learned from MSRA alone. Tagging does not know the corpus: there they fire on every sentence.
    /// Every LAC variant measured lost CLUENER's places or organisations in <c>build</c> (see the Ner README). Off by
    /// default: the pretrained classes then fire on every sentence, as the learned ones do.
    /// </summary>
    public bool PretrainedClassesCompleteOnly { get; init; }

    /// <summary>Optional segmenter adapter for word and POS features.</summary>
    public IWordAnnotator? WordAnnotator { get; init; }

    /// <summary>Stops training with <see cref="OperationCanceledException"/> (Ctrl-C, SIGTERM).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Progress lines (per-epoch dev F1); null for silence.</summary>
    public TextWriter? Log { get; init; }
}
